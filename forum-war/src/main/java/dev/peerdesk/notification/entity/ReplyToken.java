package dev.peerdesk.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

/**
 * The reply address of one notification mail (see {@code ReplyTokens}). Written and read only through
 * these statements; never loaded as an entity.
 */
@Entity
@Table(name = "reply_token")
@NamedNativeQuery(name = ReplyToken.ISSUE, query = "INSERT INTO reply_token (id, user_id, purpose, question_id,"
        + " post_id, issued_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
@NamedNativeQuery(name = ReplyToken.FIND, query = "SELECT user_id, purpose, question_id, post_id, issued_at, used_at"
        + " FROM reply_token WHERE id = ?1")
@NamedNativeQuery(name = ReplyToken.USE, query = "UPDATE reply_token SET used_at = ?1 WHERE id = ?2 AND used_at IS NULL")
@NamedNativeQuery(name = ReplyToken.PURGE, query = "DELETE FROM reply_token WHERE issued_at < ?1 LIMIT ?2")
public class ReplyToken {

    /** ?1 id, ?2 user, ?3 purpose, ?4 question, ?5 post (NULL for a ticket), ?6 when. */
    public static final String ISSUE = "ReplyToken.issue";
    /** (user, purpose, question, post, issued, used) of token id ?1. */
    public static final String FIND = "ReplyToken.find";
    /** Marks token ?2 used at ?1 unless it was already (1 row: this reply is its first). */
    public static final String USE = "ReplyToken.use";
    /** Deletes at most ?2 tokens issued before ?1 (long expired). */
    public static final String PURGE = "ReplyToken.purge";

    @Id
    @Column(name = "id")
    private String id;

    protected ReplyToken() {
    }
}
