package dev.peerdesk.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One daily digest of a user and period: whichever node inserts the row sends it. Written and read only through these
 * statements (by {@code notification.control}); never loaded or persisted as an entity.
 */
@Entity
@Table(name = "mail_digest_run")
@IdClass(MailDigestRun.Key.class)
@NamedNativeQuery(name = MailDigestRun.CLAIM, query = "INSERT IGNORE INTO mail_digest_run (user_id, period, item_count,"
        + " created_at) VALUES (?1, ?2, 0, ?3)")
@NamedNativeQuery(name = MailDigestRun.ITEMS,
        query = "UPDATE mail_digest_run SET item_count = ?1 WHERE user_id = ?2 AND period = ?3")
public class MailDigestRun {

    /** ?1 user, ?2 period, ?3 when; 0 rows when some node sent that digest already. */
    public static final String CLAIM = "MailDigestRun.claim";
    /** ?1 item count of user ?2's digest of period ?3. */
    public static final String ITEMS = "MailDigestRun.items";

    @Id
    @Column(name = "user_id")
    private long userId;

    @Id
    @Column(name = "period")
    private java.time.LocalDate period;

    protected MailDigestRun() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long userId;
        private java.time.LocalDate period;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.userId, userId) && Objects.equals(k.period, period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, period);
        }
    }
}
