package dev.peerdesk.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the embedded database does with a data directory it finds, before any server runs. */
class EmbeddedMariaDbDataDirTest {

    @TempDir
    Path dir;

    @Test
    void aNonEmptyDirectoryThatIsNotAMariaDbDataDirectoryIsRefusedAndLeftAlone() throws IOException {
        Path data = Files.createDirectories(dir.resolve("mariadb"));
        Files.writeString(data.resolve("notes.txt"), "somebody's files");

        assertThatThrownBy(() -> EmbeddedMariaDb.prepareDataDirectory(dir.resolve("base"), data, dir.resolve("tmp"),
                dir.resolve("install.log")))
                .isInstanceOf(IOException.class).hasMessageContaining("not a MariaDB data directory");
        assertThat(Files.readString(data.resolve("notes.txt"))).isEqualTo("somebody's files");
    }

    @Test
    void anExistingMariaDbDataDirectoryIsUsedAsItIs() throws IOException {
        Path data = Files.createDirectories(dir.resolve("mariadb"));
        Files.createDirectories(data.resolve("mysql"));
        Files.writeString(data.resolve("aria_log_control"), "x");
        Files.createDirectories(data.resolve("peerdesk"));

        // no binaries under base: anything but "use it as it is" would fail
        EmbeddedMariaDb.prepareDataDirectory(dir.resolve("base"), data, dir.resolve("tmp"), dir.resolve("install.log"));
        assertThat(data.resolve("peerdesk")).isDirectory();
        assertThat(data.resolveSibling("mariadb.installing")).doesNotExist();
    }

    @Test
    void theGeneratedPasswordIsKeptOwnerOnlyAndReused() throws IOException {
        Path file = dir.resolve(EmbeddedMariaDb.PASSWORD_FILE);
        String first = EmbeddedMariaDb.password(file);
        assertThat(first).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(EmbeddedMariaDb.password(file)).isEqualTo(first);
    }
}
