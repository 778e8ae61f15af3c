package dev.peerdesk.support.webhook;

import dev.peerdesk.platform.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes ticket events to the outbox ({@code webhook_delivery}) in the caller's transaction, so an
 * event exists exactly when the ticket change it reports committed: a rollback takes it back, and
 * nothing is sent from inside a transaction (the {@link WebhookSender} sends afterwards).
 * Deliberately not {@code @Transactional}: called outside a transaction, the insert fails with
 * {@code TransactionRequiredException} instead of committing an event for a change that may not.
 */
@ApplicationScoped
public class WebhookOutbox {

    /** Thread-safe and costly to create: one for the application. Same defaults as the REST API. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The body every receiver gets; {@code id} stays the same on every retry. */
    @JsonbPropertyOrder({"id", "type", "occurredAt", "ticket"})
    public record Event(String id, String type, Instant occurredAt, Object ticket) {
    }

    /**
     * Queues {@code type} (one of {@link Webhook#EVENT_TYPES}) with the ticket (a DTO record) for
     * every webhook that wants it: one row per webhook, all with the same event id and body.
     */
    public void enqueue(String type, Object ticket) {
        if (!Webhook.EVENT_TYPES.contains(type)) {
            throw new IllegalArgumentException("not a webhook event type: " + type);
        }
        Objects.requireNonNull(ticket, "ticket");
        // the webhook table holds a handful of rows: reading it whole is one cheap query
        List<Webhook> receivers = em.createQuery("SELECT w FROM Webhook w ORDER BY w.id", Webhook.class)
                .getResultStream().filter(w -> w.wants(type)).toList();
        if (receivers.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String eventId = UUID.randomUUID().toString();
        // serialised once: every receiver and every retry gets the same bytes, so signatures agree
        String body = JSON.toJson(new Event(eventId, type, now, ticket));
        Timestamp at = InstantConverter.toDatabase(now);
        for (Webhook webhook : receivers) {
            em.createNamedQuery(WebhookDelivery.ENQUEUE)
                    .setParameter(1, eventId).setParameter(2, webhook.id()).setParameter(3, type)
                    .setParameter(4, body).setParameter(5, at).setParameter(6, at)
                    .executeUpdate();
        }
    }
}
