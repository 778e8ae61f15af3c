package dev.peerdesk.support.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/**
 * An endpoint an admin registered to receive ticket events, signed with its secret. Registrations
 * are created and deleted, never edited, so there is no version column. The secret is kept as
 * given because signing needs it; it never leaves the server except as signatures.
 */
@Entity
@Table(name = "webhook")
public class Webhook {

    public static final String TICKET_CREATED = "ticket.created";
    public static final String TICKET_UPDATED = "ticket.updated";
    public static final String TICKET_SOLVED = "ticket.solved";

    /** Every event type a webhook can ask for. */
    public static final List<String> EVENT_TYPES = List.of(TICKET_CREATED, TICKET_UPDATED, TICKET_SOLVED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String url;

    /** The wanted event types, comma-separated (at most the three types: fits VARCHAR(100)). */
    private String events;

    private String secret;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "allow_private_network")
    private boolean allowPrivateNetwork;

    protected Webhook() {
    }

    /** {@code events} must be known types (checked by {@link WebhookRegistration}). */
    public Webhook(String url, List<String> events, String secret, boolean allowPrivateNetwork, Instant now) {
        if (events.isEmpty() || !EVENT_TYPES.containsAll(events)) {
            throw new IllegalArgumentException("unknown or no event types: " + events);
        }
        this.url = url;
        this.events = String.join(",", events);
        this.secret = secret;
        this.allowPrivateNetwork = allowPrivateNetwork;
        this.createdAt = now;
    }

    /** Whether an admin allowed this webhook to reach local or private addresses. */
    public boolean allowPrivateNetwork() {
        return allowPrivateNetwork;
    }

    public Long id() {
        return id;
    }

    public String url() {
        return url;
    }

    public List<String> events() {
        return List.of(events.split(","));
    }

    public String secret() {
        return secret;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean wants(String type) {
        return events().contains(type);
    }
}
