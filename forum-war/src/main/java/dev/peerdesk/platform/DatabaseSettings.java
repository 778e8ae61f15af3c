package dev.peerdesk.platform;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the database lives. Read straight from system properties and environment variables (the same
 * sources MicroProfile Config reads) because the container creates the data source before any
 * application-provided configuration is available.
 *
 * <p>Without {@code FORUM_DB_URL} the application runs its own embedded MariaDB with files under
 * {@code FORUM_DATA_DIR}; with it, the external server is used as given. {@code FORUM_DB_USER} and
 * {@code FORUM_DB_PASSWORD} apply to the external server only: the embedded one has its own account
 * and generated password ({@code FORUM_DATA_DIR/embedded-db.password}).
 */
public record DatabaseSettings(Optional<String> externalUrl, String user, String password, Path dataDir) {

    public static final String DATABASE_NAME = "peerdesk";

    public static DatabaseSettings fromEnvironment() {
        return new DatabaseSettings(
                setting("FORUM_DB_URL"),
                setting("FORUM_DB_USER").orElse("root"),
                setting("FORUM_DB_PASSWORD").orElse(""),
                Path.of(setting("FORUM_DATA_DIR").orElse("./data")).toAbsolutePath().normalize());
    }

    public boolean embedded() {
        return externalUrl.isEmpty();
    }

    static Optional<String> setting(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(key);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
