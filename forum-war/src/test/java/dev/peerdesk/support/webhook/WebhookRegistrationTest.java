package dev.peerdesk.support.webhook;

import dev.peerdesk.platform.errors.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookRegistrationTest {

    private static final String SECRET = "0123456789abcdef";

    private static List<String> invalidFields(WebhookRegistration request) {
        try {
            WebhookRegistration.validated(request);
        } catch (Refusal.Invalid e) {
            return e.errors().stream().map(Refusal.FieldError::field).toList();
        }
        throw new AssertionError("accepted: " + request);
    }

    @Test
    void aValidRegistrationIsNormalised() {
        WebhookRegistration valid = WebhookRegistration.validated(new WebhookRegistration(
                "  https://hooks.example.com/peerdesk?x=1 ", List.of("ticket.created", "ticket.solved", "ticket.created"),
                SECRET, null));
        assertThat(valid.url()).isEqualTo("https://hooks.example.com/peerdesk?x=1");
        assertThat(valid.events()).containsExactly("ticket.created", "ticket.solved");
        assertThat(valid.secret()).isEqualTo(SECRET);
        assertThat(WebhookRegistration.validated(new WebhookRegistration("http://127.0.0.1:8081/hook",
                List.of("ticket.updated"), "x".repeat(200), null)).url()).isEqualTo("http://127.0.0.1:8081/hook");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hooks.example.com/x", "/relative/path", "ftp://example.com/hook", "mailto:a@example.com",
            "https://", "http://exa mple.com/", "javascript:alert(1)"})
    void theUrlMustBeAnAbsoluteHttpUrl(String url) {
        assertThat(invalidFields(new WebhookRegistration(url, List.of("ticket.created"), SECRET, null))).containsExactly("url");
    }

    @Test
    void theUrlHasAtMost500Characters() {
        String prefix = "https://example.com/";
        String longest = prefix + "a".repeat(500 - prefix.length());
        assertThat(WebhookRegistration.validated(new WebhookRegistration(longest, List.of("ticket.created"), SECRET, null))
                .url()).hasSize(500);
        assertThat(invalidFields(new WebhookRegistration(longest + "a", List.of("ticket.created"), SECRET, null)))
                .containsExactly("url");
    }

    @Test
    void eventsMustBeSomeOfTheThreeTicketTypes() {
        assertThat(invalidFields(new WebhookRegistration("https://example.com/h", List.of(), SECRET, null)))
                .containsExactly("events");
        assertThat(invalidFields(new WebhookRegistration("https://example.com/h", List.of("ticket.created", "ticket.deleted"),
                SECRET, null))).containsExactly("events");
        assertThat(invalidFields(new WebhookRegistration("https://example.com/h", Arrays.asList("ticket.created", null),
                SECRET, null))).containsExactly("events");
        assertThat(invalidFields(new WebhookRegistration("https://example.com/h", List.of("TICKET.CREATED"), SECRET, null)))
                .containsExactly("events");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 15, 201})
    void theSecretHas16To200Characters(int length) {
        assertThat(invalidFields(new WebhookRegistration("https://example.com/h", List.of("ticket.created"),
                "s".repeat(length), null))).containsExactly("secret");
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        assertThat(invalidFields(new WebhookRegistration(null, null, null, null))).containsExactly("url", "events", "secret");
    }

    @Test
    void aMissingBodyIsABadRequest() {
        assertThatThrownBy(() -> WebhookRegistration.validated(null))
                .isInstanceOf(Refusal.Malformed.class);
    }
}
