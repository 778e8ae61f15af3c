package dev.peerdesk.mailin.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real-world-shaped messages of the common clients: each {@code NN-name.eml} must give exactly the
 * body in {@code NN-name.md}. A new client quirk is fixed by adding its mail here first.
 */
class MailCorpusTest {

    static Stream<String> messages() throws IOException, URISyntaxException {
        Path folder = Path.of(MailCorpusTest.class.getResource("/mail-corpus").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void bodyIsTheNewTextOnly(String eml) throws IOException {
        String expected = new String(read(eml.replace(".eml", ".md")), StandardCharsets.UTF_8).strip();

        ParsedMail mail = MailParser.parse(read(eml));

        assertThat(mail.body()).isEqualTo(expected);
        assertThat(mail.automatic()).isNull();
    }

    static byte[] read(String name) throws IOException {
        try (InputStream in = MailCorpusTest.class.getResourceAsStream("/mail-corpus/" + name)) {
            if (in == null) {
                throw new IOException("missing " + name);
            }
            return in.readAllBytes();
        }
    }
}
