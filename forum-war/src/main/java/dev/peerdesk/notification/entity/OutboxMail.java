package dev.peerdesk.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

/**
 * One e-mail waiting in the outbox (or sent); claimed by any node with FOR UPDATE SKIP LOCKED. Written and read only
 * through these statements (by {@code notification.control}); never loaded or persisted as an entity.
 */
@Entity
@Table(name = "mail_outbox")
@NamedNativeQuery(name = OutboxMail.OPEN_FOLD, query = "SELECT id, fact_count, post_id FROM mail_outbox"
        + " WHERE recipient_id = ?1 AND fold_key = ?2 AND sent_at IS NULL AND attempts = 0"
        + " ORDER BY id LIMIT 1 FOR UPDATE")
@NamedNativeQuery(name = OutboxMail.MERGE, query = "UPDATE mail_outbox SET fact_count = ?1, subject = ?2,"
        + " text_body = ?3, html_body = ?4 WHERE id = ?5")
@NamedNativeQuery(name = OutboxMail.LAST_OF_FOLD, query = "SELECT MAX(created_at) FROM mail_outbox"
        + " WHERE recipient_id = ?1 AND fold_key = ?2")
@NamedNativeQuery(name = OutboxMail.ENQUEUE,
        query = "INSERT INTO mail_outbox (recipient_id, to_address, type, question_id, post_id, subject,"
                + " text_body, html_body, unsubscribe_url, fold_key, next_attempt_at, created_at, reply_to)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
@NamedNativeQuery(name = OutboxMail.ENQUEUE_ACCOUNT,
        query = "INSERT INTO mail_outbox (recipient_id, to_address, type, subject, text_body,"
                + " html_body, next_attempt_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)")
@NamedNativeQuery(name = OutboxMail.DUE, query = "SELECT id, to_address, type, question_id, subject, text_body,"
        + " html_body, unsubscribe_url, attempts, reply_to FROM mail_outbox WHERE next_attempt_at <= ?1"
        + " ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
@NamedNativeQuery(name = OutboxMail.LEASE,
        query = "UPDATE mail_outbox SET next_attempt_at = ?1, attempts = ?2 WHERE id = ?3")
@NamedNativeQuery(name = OutboxMail.SENT,
        query = "UPDATE mail_outbox SET sent_at = ?1, next_attempt_at = NULL, last_error = NULL"
                + " WHERE id = ?2 AND sent_at IS NULL")
@NamedNativeQuery(name = OutboxMail.FAILED, query = "UPDATE mail_outbox SET next_attempt_at = ?1, last_error = ?2"
        + " WHERE id = ?3 AND attempts = ?4 AND sent_at IS NULL")
@NamedNativeQuery(name = OutboxMail.STATUS, query = "SELECT COALESCE(SUM(sent_at IS NULL), 0),"
        + " COALESCE(SUM(sent_at IS NULL AND last_error IS NOT NULL), 0), COALESCE(SUM(sent_at IS NOT NULL), 0)"
        + " FROM mail_outbox")
public class OutboxMail {

    /** (id, fact count, first post) of recipient ?1's unsent, unclaimed mail of fold key ?2, locked. */
    public static final String OPEN_FOLD = "OutboxMail.openFold";
    /** ?1 fact count, ?2 subject, ?3 text, ?4 HTML of mail ?5. */
    public static final String MERGE = "OutboxMail.merge";
    /** When recipient ?1 last got a mail of fold key ?2 (NULL: never). */
    public static final String LAST_OF_FOLD = "OutboxMail.lastOfFold";
    /**
     * ?1 recipient, ?2 address, ?3 type, ?4 question, ?5 post, ?6 subject, ?7 text, ?8 HTML, ?9 unsubscribe URL, ?10
     * fold key, ?11 due, ?12 when, ?13 reply address (NULL: none).
     */
    public static final String ENQUEUE = "OutboxMail.enqueue";
    /** ?1 recipient (NULL: an address that is nobody's), ?2 address, ?3 type, ?4 subject, ?5 text, ?6 HTML, ?7 when (due at once). */
    public static final String ENQUEUE_ACCOUNT = "OutboxMail.enqueueAccount";
    /**
     * (id, address, type, question, subject, text, HTML, unsubscribe URL, attempts, reply address) of mails due by ?1, at most ?2,
     * locked (skipping what other nodes hold).
     */
    public static final String DUE = "OutboxMail.due";
    /** ?1 due again (the lease ends), ?2 attempts of mail ?3. */
    public static final String LEASE = "OutboxMail.lease";
    /** ?1 when mail ?2 was sent. */
    public static final String SENT = "OutboxMail.sent";
    /** ?1 due again, ?2 error of mail ?3, while its attempts are still ?4 and it is unsent. */
    public static final String FAILED = "OutboxMail.failed";
    /** (waiting, waiting after an error, sent). */
    public static final String STATUS = "OutboxMail.status";

    @Id
    @Column(name = "id")
    private Long id;

    protected OutboxMail() {
    }
}
