package dev.peerdesk.support.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

/**
 * One ticket event due to (or delivered to, or given up on by) one webhook; claimed by any node with FOR UPDATE SKIP
 * LOCKED. Written and read only through these statements (by {@link WebhookOutbox}, {@link WebhookDeliveries} and
 * {@link WebhookService}); never loaded or persisted as an entity.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedNativeQuery(name = WebhookDelivery.DUE, query = "SELECT id, webhook_id, event_id, type, body, attempts"
        + " FROM webhook_delivery WHERE next_attempt_at <= ?1 ORDER BY next_attempt_at LIMIT ?2"
        + " FOR UPDATE SKIP LOCKED")
@NamedNativeQuery(name = WebhookDelivery.GIVE_UP, query = "UPDATE webhook_delivery SET next_attempt_at = NULL,"
        + " last_error = 'gave up: no outcome was recorded for the last attempt' WHERE id = ?1")
@NamedNativeQuery(name = WebhookDelivery.LEASE,
        query = "UPDATE webhook_delivery SET next_attempt_at = ?1, attempts = attempts + 1 WHERE id = ?2")
@NamedNativeQuery(name = WebhookDelivery.DELIVERED,
        query = "UPDATE webhook_delivery SET delivered_at = ?1, next_attempt_at = NULL, last_status = ?2,"
                + " last_error = NULL WHERE id = ?3 AND delivered_at IS NULL")
@NamedNativeQuery(name = WebhookDelivery.FAILED,
        query = "UPDATE webhook_delivery SET last_status = ?1, last_error = ?2, next_attempt_at = ?3"
                + " WHERE id = ?4 AND attempts = ?5 AND delivered_at IS NULL")
@NamedNativeQuery(name = WebhookDelivery.ENQUEUE,
        query = "INSERT INTO webhook_delivery (event_id, webhook_id, type, body, attempts,"
                + " next_attempt_at, created_at) VALUES (?1, ?2, ?3, ?4, 0, ?5, ?6)")
@NamedNativeQuery(name = WebhookDelivery.OF_WEBHOOK, query = "SELECT event_id, type, attempts, last_status, last_error,"
        + " delivered_at, next_attempt_at, created_at FROM webhook_delivery"
        + " WHERE webhook_id = ?1 ORDER BY id DESC LIMIT ?2")
public class WebhookDelivery {

    /**
     * (id, webhook, event, type, body, attempts) of deliveries due by ?1, at most ?2, locked (skipping what other nodes
     * hold).
     */
    public static final String DUE = "WebhookDelivery.due";
    /** Delivery ?1 is given up (its last attempt's outcome was never recorded). */
    public static final String GIVE_UP = "WebhookDelivery.giveUp";
    /** ?1 due again (the lease ends) of delivery ?2, one attempt more. */
    public static final String LEASE = "WebhookDelivery.lease";
    /** ?1 when, ?2 HTTP status of delivery ?3, unless delivered already. */
    public static final String DELIVERED = "WebhookDelivery.delivered";
    /**
     * ?1 HTTP status (or null), ?2 error, ?3 due again (null: never) of delivery ?4 while its attempts are still ?5 and
     * it is undelivered.
     */
    public static final String FAILED = "WebhookDelivery.failed";
    /** ?1 event, ?2 webhook, ?3 type, ?4 body, ?5 due, ?6 when. */
    public static final String ENQUEUE = "WebhookDelivery.enqueue";
    /**
     * (event, type, attempts, status, error, delivered, due, when) of webhook ?1's deliveries, newest first, at most
     * ?2.
     */
    public static final String OF_WEBHOOK = "WebhookDelivery.ofWebhook";

    @Id
    @Column(name = "id")
    private Long id;

    protected WebhookDelivery() {
    }
}
