package dev.peerdesk.notification.control;

import dev.peerdesk.notification.entity.Notification;
import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import dev.peerdesk.platform.rest.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A recipient's notifications, newest activity first: keyset pages of (updated_at, id) in one index range. */
@ApplicationScoped
public class NotificationQueries {

    @PersistenceContext
    EntityManager em;

    public Cursor.Page<NotificationDto> page(long recipientId, boolean unreadOnly, int limit, String cursor) {
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
        // Built at run time (optional unread filter, keyset clause after a cursor): cannot be a named query.
        Query query = em.createNativeQuery("SELECT id, type, question_id, post_id, ticket_id, subject, detail,"
                        + " fact_count, read_at, updated_at FROM notification WHERE recipient_id = ?1"
                        + (unreadOnly ? " AND read_at IS NULL" : "")
                        + (after == null ? "" : " AND (updated_at < ?2 OR (updated_at = ?2 AND id < ?3))")
                        + " ORDER BY updated_at DESC, id DESC LIMIT ?4")
                .setParameter(1, recipientId).setParameter(4, limit + 1);
        if (after != null) {
            query.setParameter(2, InstantConverter.toDatabase(fromMicros(after.sortKeyAsLong())))
                    .setParameter(3, after.id());
        }
        List<NotificationDto> items = Row.list(query).stream().map(NotificationQueries::dto).toList();
        return Cursor.page(items, limit, n -> new Cursor(Long.toString(micros(n.createdAt())), n.id()));
    }

    /** One of the recipient's notifications, or empty (someone else's ids are not found). */
    public java.util.Optional<NotificationDto> find(long recipientId, long id) {
        return Row.first(em.createNamedQuery(Notification.OF_RECIPIENT)
                .setParameter(1, recipientId).setParameter(2, id)).map(NotificationQueries::dto);
    }

    public long unreadCount(long recipientId) {
        return Row.single(em.createNamedQuery(Notification.UNREAD).setParameter(1, recipientId)).longAt(0);
    }

    private static NotificationDto dto(Row r) {
        NotificationType type = NotificationType.valueOf(r.string(1));
        return new NotificationDto(r.longAt(0), type, r.longOrNull(2), r.longOrNull(3), r.longOrNull(4),
                NotificationText.of(type, r.intAt(7), r.string(5), r.string(6)), r.instant(8) != null,
                r.instant(9));
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static Instant fromMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
