package dev.peerdesk.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

/**
 * One in-app notification of a recipient; a burst folds into the unread row of its fold key. Written and read only
 * through these statements (by {@code notification.control}); never loaded or persisted as an entity.
 */
@Entity
@Table(name = "notification")
@NamedNativeQuery(name = Notification.DIGEST_DUE, query = "SELECT DISTINCT recipient_id FROM notification"
        + " WHERE digest_due_at <= ?1 LIMIT ?2")
@NamedNativeQuery(name = Notification.DIGEST_LATER,
        query = "UPDATE notification SET digest_due_at = ?1 WHERE recipient_id = ?2"
                + " AND digest_due_at <= ?3")
@NamedNativeQuery(name = Notification.DIGEST_ITEMS,
        query = "SELECT type, question_id, post_id, ticket_id, subject, detail,"
                + " fact_count FROM notification WHERE recipient_id = ?1 AND digest_due_at <= ?2"
                + " AND read_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT ?3")
@NamedNativeQuery(name = Notification.DIGESTED,
        query = "UPDATE notification SET digest_due_at = NULL WHERE recipient_id = ?1"
                + " AND digest_due_at <= ?2")
@NamedNativeQuery(name = Notification.OF_RECIPIENT,
        query = "SELECT id, type, question_id, post_id, ticket_id, subject, detail,"
                + " fact_count, read_at, updated_at FROM notification WHERE recipient_id = ?1 AND id = ?2")
@NamedNativeQuery(name = Notification.UNREAD, query = "SELECT COUNT(*) FROM notification WHERE recipient_id = ?1"
        + " AND read_at IS NULL")
public class Notification {

    /** The recipients with notifications due in a digest at ?1, at most ?2. */
    public static final String DIGEST_DUE = "Notification.digestDue";
    /** ?1 the next digest, for recipient ?2's notifications due by ?3. */
    public static final String DIGEST_LATER = "Notification.digestLater";
    /**
     * (type, question, post, ticket, subject, detail, fact count) of recipient ?1's unread notifications due by ?2,
     * newest first, at most ?3.
     */
    public static final String DIGEST_ITEMS = "Notification.digestItems";
    /** Recipient ?1's notifications due by ?2 are in a digest now. */
    public static final String DIGESTED = "Notification.digested";
    /**
     * (id, type, question, post, ticket, subject, detail, fact count, read, updated) of notification ?2 when recipient
     * ?1's.
     */
    public static final String OF_RECIPIENT = "Notification.ofRecipient";
    /** How many of recipient ?1's notifications are unread. */
    public static final String UNREAD = "Notification.unread";

    @Id
    @Column(name = "id")
    private Long id;

    protected Notification() {
    }
}
