package dev.peerdesk.support.webhook;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookTest {

    private static final Instant NOW = Instant.parse("2026-11-22T14:05:00Z");

    @Test
    void aWebhookWantsExactlyTheEventsItWasRegisteredFor() {
        Webhook webhook = new Webhook("https://hooks.example.com/h", List.of("ticket.created", "ticket.solved"),
                "0123456789abcdef", false, NOW);
        assertThat(webhook.events()).containsExactly("ticket.created", "ticket.solved");
        assertThat(webhook.wants("ticket.created")).isTrue();
        assertThat(webhook.wants("ticket.solved")).isTrue();
        assertThat(webhook.wants("ticket.updated")).isFalse();
        assertThat(webhook.wants("ticket")).isFalse();
    }

    @Test
    void unknownEventTypesAreNeverStored() {
        assertThatThrownBy(() -> new Webhook("https://hooks.example.com/h", List.of("ticket.deleted"),
                "0123456789abcdef", false, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Webhook("https://hooks.example.com/h", List.of(), "0123456789abcdef", false, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lastErrorsAreCutTo500CharactersWithoutSplittingACharacter() {
        assertThat(WebhookDeliveries.truncate(null)).isNull();
        assertThat(WebhookDeliveries.truncate("HTTP 500")).isEqualTo("HTTP 500");
        assertThat(WebhookDeliveries.truncate("x".repeat(501))).hasSize(500);
        String astral = "x".repeat(499) + "😀" + "tail"; // the emoji takes chars 499 and 500
        assertThat(WebhookDeliveries.truncate(astral)).isEqualTo("x".repeat(499));
    }
}
