package dev.peerdesk.notification.control;

import dev.peerdesk.notification.entity.MailDigestRun;
import dev.peerdesk.notification.entity.Notification;
import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily digest: once per user and period ({@link DigestSchedule}), one mail listing the unread
 * notifications that were for the digest ({@code notification.digest_due_at}, set when written)
 * and are due. Whichever node inserts the {@code mail_digest_run} row of (user, period) sends it, in
 * that transaction; a second node waits on the key and then finds it taken. The job reads the index
 * range of {@code digest_due_at} up to now: only users with a digest due are looked at.
 */
@ApplicationScoped
public class Digests {

    static final int BATCH = 100;
    /** A digest lists this many notifications at most (the newest); the rest are on the page it links to. */
    static final int MAX_ITEMS = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailSettings settings;

    @Inject
    MailOutbox outbox;

    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> due() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNamedQuery(Notification.DIGEST_DUE)
                .setParameter(1, InstantConverter.toDatabase(clock.instant())).setParameter(2, BATCH).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Sends the user's digest of this period, unless some node did already; true when this one did. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean send(long userId) {
        Instant now = clock.instant();
        DigestSchedule schedule = settings.digestSchedule();
        LocalDate period = schedule.periodAt(now);
        int claimed = em.createNamedQuery(MailDigestRun.CLAIM)
                .setParameter(1, userId).setParameter(2, java.sql.Date.valueOf(period))
                .setParameter(3, InstantConverter.toDatabase(now)).executeUpdate();
        if (claimed != 1) {
            // this period's digest is out (what is due now came too late for it): the next one takes it
            em.createNamedQuery(Notification.DIGEST_LATER)
                    .setParameter(1, InstantConverter.toDatabase(schedule.nextAfter(now))).setParameter(2, userId)
                    .setParameter(3, InstantConverter.toDatabase(now)).executeUpdate();
            return false;
        }
        List<Row> rows = Row.list(em.createNamedQuery(Notification.DIGEST_ITEMS)
                .setParameter(1, userId).setParameter(2, InstantConverter.toDatabase(now)).setParameter(3, MAX_ITEMS));
        List<MailOutbox.DigestItem> items = new ArrayList<>();
        for (Row r : rows) {
            NotificationType type = NotificationType.valueOf(r.string(0));
            String text = NotificationText.of(type, r.intAt(6), r.string(4), r.string(5));
            items.add(new MailOutbox.DigestItem(text, link(type, r.longOrNull(1), r.longOrNull(2), r.longOrNull(3))));
        }
        em.createNamedQuery(Notification.DIGESTED)
                .setParameter(1, userId).setParameter(2, InstantConverter.toDatabase(now)).executeUpdate();
        em.createNamedQuery(MailDigestRun.ITEMS)
                .setParameter(1, items.size()).setParameter(2, userId).setParameter(3, java.sql.Date.valueOf(period))
                .executeUpdate();
        outbox.enqueueDigest(userId, items);
        return !items.isEmpty();
    }

    private String link(NotificationType type, Long questionId, Long postId, Long ticketId) {
        String base = settings.publicUrl();
        boolean ticketNews = type == NotificationType.TICKET_UPDATED || type == NotificationType.TICKET_MESSAGE
                || type == NotificationType.TICKET_ASSIGNED || type == NotificationType.SLA_AT_RISK;
        if (ticketNews && ticketId != null) {
            return base + "/support/ticket.xhtml?id=" + ticketId;
        }
        if (questionId == null) {
            return base + "/notifications.xhtml";
        }
        return base + "/questions/" + questionId
                + (postId == null || postId.equals(questionId) ? "" : "#answer-" + postId);
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
