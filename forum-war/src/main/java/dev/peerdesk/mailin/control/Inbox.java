package dev.peerdesk.mailin.control;

import dev.peerdesk.mailin.entity.InboundMail;
import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import dev.peerdesk.support.control.CustomerMails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The inbox table: every message that arrived, once (the unique message key), with what it became.
 * Raw messages are kept {@link #KEEP_RAW} for an admin to look into, then forgotten.
 */
@ApplicationScoped
public class Inbox implements CustomerMails {

    public static final Duration KEEP_RAW = Duration.ofDays(30);

    public enum Status { POSTED, REFUSED, IGNORED }

    public enum Via { IMAP, HTTP }

    /** One row of the admin's list. */
    public record Entry(long id, Via via, Instant receivedAt, String from, String subject, Status status,
                        String outcome, String kind, Long questionId, Long postId, boolean rawKept) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Records the message unless it is there already; empty when another delivery or node has it (this
     * waits for that one's transaction, so a message is never acted on twice).
     */
    public Optional<Long> claim(String key, Via via, ParsedMail mail, byte[] raw, Status status, String outcome,
                                String kind, Long userId) {
        int inserted = em.createNamedQuery(InboundMail.CLAIM).setParameter(1, key).setParameter(2, via.name())
                .setParameter(3, InstantConverter.toDatabase(clock.instant()))
                .setParameter(4, mail == null ? null : cut(mail.fromAddress(), 254))
                .setParameter(5, mail == null ? null : cut(mail.subject(), 250)).setParameter(6, raw)
                .setParameter(7, status.name()).setParameter(8, cut(outcome, 500)).setParameter(9, kind)
                .setParameter(10, userId).executeUpdate();
        if (inserted == 0) {
            return Optional.empty();
        }
        return Optional.of(((Number) em.createNamedQuery(InboundMail.ID_OF).setParameter(1, key).getSingleResult())
                .longValue());
    }

    public boolean known(String key) {
        return !em.createNamedQuery(InboundMail.ID_OF).setParameter(1, key).getResultList().isEmpty();
    }

    public void became(long id, String outcome, Long questionId, Long postId) {
        em.createNamedQuery(InboundMail.BECAME).setParameter(1, cut(outcome, 500)).setParameter(2, questionId)
                .setParameter(3, postId).setParameter(4, id).executeUpdate();
    }

    /** Mails from {@code address} in the last hour (an index range of the sender's rows). */
    public long lastHourFrom(String address) {
        return ((Number) em.createNamedQuery(InboundMail.FROM_SENDER).setParameter(1, address)
                .setParameter(2, InstantConverter.toDatabase(clock.instant().minus(Duration.ofHours(1))))
                .getSingleResult()).longValue();
    }

    /** The newest {@code limit} mails below id {@code before} (null: the newest), newest first. */
    public List<Entry> latest(Long before, int limit) {
        return Row.list(em.createNamedQuery(InboundMail.LATEST)
                        .setParameter(1, before == null ? Long.MAX_VALUE : before).setParameter(2, limit)).stream()
                .map(r -> new Entry(r.longAt(0), Via.valueOf(r.string(1)), r.instant(2), r.string(3), r.string(4),
                        Status.valueOf(r.string(5)), r.string(6), r.string(7), r.longOrNull(8), r.longOrNull(9),
                        r.bool(10)))
                .toList();
    }

    public Optional<byte[]> raw(long id) {
        List<?> rows = em.createNamedQuery(InboundMail.RAW).setParameter(1, id).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of((byte[]) rows.get(0));
    }

    @Override
    public List<Mail> recentFrom(long userId, int limit) {
        return Row.list(em.createNamedQuery(InboundMail.OF_USER).setParameter(1, userId).setParameter(2, limit))
                .stream().map(r -> new Mail(r.instant(0), r.string(1), r.string(2),
                        Status.POSTED.name().equals(r.string(3))))
                .toList();
    }

    /**
     * Forgets raw messages older than {@link #KEEP_RAW}, a bounded batch of the last week's range past the
     * cut-off (the job runs far more often than weekly, so the range is all there is to do).
     */
    public int forgetOldRaw(int limit) {
        Instant cutOff = clock.instant().minus(KEEP_RAW);
        return em.createNamedQuery(InboundMail.FORGET_RAW)
                .setParameter(1, InstantConverter.toDatabase(cutOff.minus(Duration.ofDays(7))))
                .setParameter(2, InstantConverter.toDatabase(cutOff)).setParameter(3, limit).executeUpdate();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
