package dev.peerdesk.support.webhook;

import java.time.Instant;
import java.util.List;

/** A registered webhook as the API shows it: never with its secret. */
public record WebhookDto(long id, String url, List<String> events, boolean allowPrivateNetwork, Instant createdAt) {

    public static WebhookDto of(Webhook webhook) {
        return new WebhookDto(webhook.id(), webhook.url(), webhook.events(), webhook.allowPrivateNetwork(), webhook.createdAt());
    }
}
