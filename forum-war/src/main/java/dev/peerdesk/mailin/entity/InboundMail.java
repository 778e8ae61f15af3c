package dev.peerdesk.mailin.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

/**
 * One received message in the inbox (issue 13): what arrived, through which way, what it became or
 * why not. Written and read only through these statements (by {@code mailin}); never loaded as an entity.
 */
@Entity
@Table(name = "inbound_mail")
@NamedNativeQuery(name = InboundMail.CLAIM, query = "INSERT IGNORE INTO inbound_mail (message_key, via, received_at,"
        + " from_address, subject, raw, status, outcome, kind, user_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
@NamedNativeQuery(name = InboundMail.ID_OF, query = "SELECT id FROM inbound_mail WHERE message_key = ?1")
@NamedNativeQuery(name = InboundMail.BECAME, query = "UPDATE inbound_mail SET outcome = ?1, question_id = ?2,"
        + " post_id = ?3 WHERE id = ?4")
@NamedNativeQuery(name = InboundMail.FROM_SENDER, query = "SELECT COUNT(*) FROM inbound_mail"
        + " WHERE from_address = ?1 AND received_at > ?2")
@NamedNativeQuery(name = InboundMail.LATEST, query = "SELECT id, via, received_at, from_address, subject, status,"
        + " outcome, kind, question_id, post_id, raw IS NOT NULL FROM inbound_mail WHERE id < ?1 ORDER BY id DESC LIMIT ?2")
@NamedNativeQuery(name = InboundMail.OF_USER, query = "SELECT received_at, subject, outcome, status FROM inbound_mail"
        + " WHERE user_id = ?1 ORDER BY received_at DESC LIMIT ?2")
@NamedNativeQuery(name = InboundMail.RAW, query = "SELECT raw FROM inbound_mail WHERE id = ?1")
@NamedNativeQuery(name = InboundMail.FORGET_RAW, query = "UPDATE inbound_mail SET raw = NULL"
        + " WHERE received_at >= ?1 AND received_at < ?2 AND raw IS NOT NULL LIMIT ?3")
public class InboundMail {

    /**
     * Records message key ?1 (via ?2, at ?3, from ?4, subject ?5, raw ?6, status ?7, outcome ?8, kind ?9, user
     * ?10) unless it is there: 0 rows means another delivery or node has it (it waits for that one's commit).
     */
    public static final String CLAIM = "InboundMail.claim";
    /** The id of message key ?1. */
    public static final String ID_OF = "InboundMail.idOf";
    /** ?1 outcome, ?2 question, ?3 post of mail ?4. */
    public static final String BECAME = "InboundMail.became";
    /** How many mails from address ?1 arrived after ?2. */
    public static final String FROM_SENDER = "InboundMail.fromSender";
    /**
     * (id, via, received, from, subject, status, outcome, kind, question, post, raw kept) of the newest ?2 mails
     * with ids below ?1.
     */
    public static final String LATEST = "InboundMail.latest";
    /** (received, subject, outcome, status) of user ?1's newest ?2 mails. */
    public static final String OF_USER = "InboundMail.ofUser";
    /** The raw message of mail ?1 (NULL once forgotten). */
    public static final String RAW = "InboundMail.raw";
    /** Forgets the raw message of at most ?3 mails received in [?1, ?2). */
    public static final String FORGET_RAW = "InboundMail.forgetRaw";

    @Id
    @Column(name = "id")
    private Long id;

    protected InboundMail() {
    }
}
