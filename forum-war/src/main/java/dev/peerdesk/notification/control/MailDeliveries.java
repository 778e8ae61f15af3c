package dev.peerdesk.notification.control;

import dev.peerdesk.notification.entity.OutboxMail;
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

/**
 * The mail outbox's short transactions ({@code REQUIRES_NEW} each): no row lock is held while a
 * mail is on the wire. A claim pushes the row's next attempt past a lease, so no other run or node
 * takes it meanwhile; a node that dies mid-send leaves it due again when the lease runs out.
 */
@ApplicationScoped
public class MailDeliveries {

    static final int BATCH = 20;
    static final Duration LEASE = Duration.ofSeconds(120);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public record Claim(long id, String to, String type, Long questionId, String subject, String text, String html,
                        String unsubscribeUrl, int attempt, String replyTo) {
    }

    public record Status(long pending, long failing, long sent) {
    }

    @Transactional(TxType.REQUIRES_NEW)
    public List<Claim> claimDue() {
        Instant now = clock.instant();
        List<Row> rows = Row.list(em.createNamedQuery(OutboxMail.DUE)
                .setParameter(1, InstantConverter.toDatabase(now)).setParameter(2, BATCH));
        List<Claim> claims = new ArrayList<>();
        for (Row r : rows) {
            long id = r.longAt(0);
            int attempt = r.intAt(8) + 1;
            em.createNamedQuery(OutboxMail.LEASE)
                    .setParameter(1, InstantConverter.toDatabase(now.plus(LEASE))).setParameter(2, attempt)
                    .setParameter(3, id).executeUpdate();
            claims.add(new Claim(id, r.string(1), r.string(2), r.longOrNull(3), r.string(4), r.string(5), r.string(6),
                    r.string(7), attempt, r.string(9)));
        }
        return claims;
    }

    /** The relay took it: done for good. */
    @Transactional(TxType.REQUIRES_NEW)
    public void sent(Claim claim) {
        em.createNamedQuery(OutboxMail.SENT)
                .setParameter(1, InstantConverter.toDatabase(clock.instant())).setParameter(2, claim.id())
                .executeUpdate();
    }

    /** Not sent: due again after the back-off (only while this claim is the latest one). */
    @Transactional(TxType.REQUIRES_NEW)
    public void failed(Claim claim, String error) {
        Instant next = clock.instant().plus(MailBackoff.delayAfter(claim.attempt()));
        em.createNamedQuery(OutboxMail.FAILED)
                .setParameter(1, InstantConverter.toDatabase(next))
                .setParameter(2, error == null ? null : error.length() > 500 ? error.substring(0, 500) : error)
                .setParameter(3, claim.id()).setParameter(4, claim.attempt()).executeUpdate();
    }

    public Status status() {
        Row r = Row.single(em.createNamedQuery(OutboxMail.STATUS));
        return new Status(r.longAt(0), r.longAt(1), r.longAt(2));
    }
}
