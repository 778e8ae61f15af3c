package dev.peerdesk.support.webhook;

import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outbox's short transactions, kept apart from {@link WebhookSender} so that its calls go
 * through the transaction interceptor (a bean calling its own method bypasses it). Each method
 * commits on its own ({@code REQUIRES_NEW}): no row lock is ever held while an HTTP request is
 * on the wire.
 */
@ApplicationScoped
public class WebhookDeliveries {

    /** How many deliveries one run claims. */
    static final int BATCH = 20;

    /**
     * How long a claim keeps other runs and nodes away. Longer than a whole batch can take (sent in
     * parallel, each bounded by {@link WebhookSender}'s timeouts), so a delivery is not sent twice
     * at once; a node that dies mid-send leaves it due again when the lease runs out.
     */
    static final Duration LEASE = Duration.ofSeconds(60);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A delivery this run owns until its lease ends: the attempt it is and what to send where. */
    /** A delivery that is due, as claimed. */
    private record Due(long id, long webhookId, String eventId, String type, String body, int attempts) {
        static Due of(Row r) {
            return new Due(r.longAt(0), r.longAt(1), r.string(2), r.string(3), r.string(4), r.intAt(5));
        }
    }

    public record Claim(long id, String eventId, String type, String body, int attempt, String url, String secret,
                        boolean allowPrivateNetwork) {

        /** Never the secret (nor the body) in a log line. */
        @Override
        public String toString() {
            return "Claim[id=" + id + ", eventId=" + eventId + ", type=" + type + ", attempt=" + attempt
                    + ", url=" + url + "]";
        }
    }

    /**
     * Claims up to {@link #BATCH} due deliveries, oldest due first. {@code SKIP LOCKED} lets several
     * nodes claim at the same moment without waiting on (or taking) each other's rows; the lease
     * written here keeps them away after this commit. The attempt is counted now, at the claim, so
     * an attempt that crashed the node still counts towards giving up.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Claim> claimDue() {
        Instant now = clock.instant();
        // Only webhook_delivery is locked, read along ix_delivery_due (in order, so no more rows than
        // the batch). Joining webhook here would lock its rows too: every transaction that enqueues an
        // event holds a shared lock on its webhook row (the foreign key check) until it commits, so
        // SKIP LOCKED would keep passing over that webhook's deliveries while tickets keep changing.
        List<Due> rows = Row.list(em.createNamedQuery(WebhookDelivery.DUE)
                .setParameter(1, InstantConverter.toDatabase(now)).setParameter(2, BATCH)).stream().map(Due::of).toList();
        if (rows.isEmpty()) {
            return List.of();
        }
        // where to send and the key to sign with: a plain (non-locking) read of at most BATCH webhooks
        Set<Long> webhookIds = rows.stream().map(Due::webhookId).collect(Collectors.toSet());
        Map<Long, Webhook> webhooks = em.createQuery("SELECT w FROM Webhook w WHERE w.id IN :ids", Webhook.class)
                .setParameter("ids", webhookIds).getResultStream()
                .collect(Collectors.toMap(Webhook::id, Function.identity()));
        List<Claim> claims = new ArrayList<>();
        for (Due row : rows) {
            long id = row.id();
            Webhook webhook = webhooks.get(row.webhookId());
            int attempts = row.attempts();
            if (webhook == null) {
                continue; // being deleted right now: its deliveries go with it
            }
            if (attempts >= WebhookBackoff.MAX_ATTEMPTS) {
                // the last attempt was claimed but its outcome never recorded (the node died): give up
                em.createNamedQuery(WebhookDelivery.GIVE_UP)
                        .setParameter(1, id).executeUpdate();
                continue;
            }
            em.createNamedQuery(WebhookDelivery.LEASE)
                    .setParameter(1, InstantConverter.toDatabase(now.plus(LEASE))).setParameter(2, id).executeUpdate();
            claims.add(new Claim(id, row.eventId(), row.type(), row.body(), attempts + 1,
                    webhook.url(), webhook.secret(), webhook.allowPrivateNetwork()));
        }
        return claims;
    }

    /**
     * The receiver took it: done for good. Only while not yet delivered, so a late duplicate
     * outcome (after an expired lease) changes nothing.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void delivered(Claim claim, int status) {
        Instant now = clock.instant();
        em.createNamedQuery(WebhookDelivery.DELIVERED)
                .setParameter(1, InstantConverter.toDatabase(now)).setParameter(2, status)
                .setParameter(3, claim.id()).executeUpdate();
    }

    /**
     * The attempt failed ({@code status} null when no HTTP answer came): due again after the
     * back-off, or never once the attempts are used up. Applies only while this claim is the
     * latest one ({@code attempts} unchanged) and nothing was delivered, so a slow run whose lease
     * expired cannot overwrite what a newer attempt decided.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void failed(Claim claim, Integer status, String error) {
        Instant next = WebhookBackoff.nextAttempt(claim.attempt(), clock.instant()).orElse(null);
        em.createNamedQuery(WebhookDelivery.FAILED)
                .setParameter(1, status).setParameter(2, truncate(error))
                .setParameter(3, InstantConverter.toDatabase(next))
                .setParameter(4, claim.id()).setParameter(5, claim.attempt()).executeUpdate();
    }

    /** last_error is VARCHAR(500); never cut between the two halves of a surrogate pair. */
    static String truncate(String error) {
        if (error == null || error.length() <= 500) {
            return error;
        }
        return error.substring(0, Character.isHighSurrogate(error.charAt(499)) ? 499 : 500);
    }
}
