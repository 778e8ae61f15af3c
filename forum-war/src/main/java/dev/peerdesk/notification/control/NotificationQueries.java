package dev.peerdesk.notification.control;

import dev.peerdesk.platform.InstantConverter;
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<NotificationDto> items = rows.stream().map(NotificationQueries::dto).toList();
        return Cursor.page(items, limit, n -> new Cursor(Long.toString(micros(n.createdAt())), n.id()));
    }

    /** One of the recipient's notifications, or empty (someone else's ids are not found). */
    public java.util.Optional<NotificationDto> find(long recipientId, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, type, question_id, post_id, ticket_id, subject, detail,"
                        + " fact_count, read_at, updated_at FROM notification WHERE recipient_id = ?1 AND id = ?2")
                .setParameter(1, recipientId).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(NotificationQueries::dto);
    }

    public long unreadCount(long recipientId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM notification WHERE recipient_id = ?1"
                        + " AND read_at IS NULL")
                .setParameter(1, recipientId).getSingleResult()).longValue();
    }

    private static NotificationDto dto(Object[] r) {
        NotificationType type = NotificationType.valueOf((String) r[1]);
        return new NotificationDto(((Number) r[0]).longValue(), type, id(r[2]), id(r[3]), id(r[4]),
                NotificationText.of(type, ((Number) r[7]).intValue(), (String) r[5], (String) r[6]), r[8] != null,
                InstantConverter.fromDatabase(r[9]));
    }

    private static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static Instant fromMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
