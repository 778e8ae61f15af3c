package dev.peerdesk.platform.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

/**
 * One line of the append-only audit log. Written by {@code platform.audit.AuditLog}, read by the moderation
 * pages through these statements; never loaded or persisted as an entity.
 */
@Entity
@Table(name = "audit_log")
@NamedNativeQuery(name = AuditLogEntry.APPEND, query = "INSERT INTO audit_log (actor_id, action, target_type,"
        + " target_id, reason, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
@NamedNativeQuery(name = AuditLogEntry.BEFORE, query = "SELECT id, actor_id, action, target_type, target_id, reason,"
        + " created_at FROM audit_log WHERE id < ?1 ORDER BY id DESC LIMIT ?2")
@NamedNativeQuery(name = AuditLogEntry.LINES_BEFORE, query = "SELECT a.id, a.actor_id, u.display_name, a.action,"
        + " a.target_type, a.target_id, a.reason, a.created_at, tu.display_name, tq.id, tq.title, tp.id"
        + " FROM audit_log a"
        + " LEFT JOIN app_user u ON u.id = a.actor_id"
        + " LEFT JOIN app_user tu ON a.target_type = 'USER' AND tu.id = a.target_id"
        + " LEFT JOIN ticket t ON a.target_type = 'TICKET' AND t.id = a.target_id"
        + " LEFT JOIN flag f ON a.target_type = 'FLAG' AND f.id = a.target_id"
        + " LEFT JOIN post tp ON tp.id = CASE WHEN a.target_type IN ('QUESTION', 'ANSWER') THEN a.target_id"
        + " WHEN a.target_type = 'TICKET' THEN t.question_id WHEN a.target_type = 'FLAG' THEN f.post_id END"
        + " LEFT JOIN post tq ON tq.id = COALESCE(tp.question_id, tp.id)"
        + " WHERE a.id < ?1 ORDER BY a.id DESC LIMIT ?2")
@NamedNativeQuery(name = AuditLogEntry.OF_TARGET, query = "SELECT id, actor_id, action, target_type, target_id,"
        + " reason, created_at FROM audit_log WHERE target_type = ?1 AND target_id = ?2 ORDER BY id DESC LIMIT ?3")
public class AuditLogEntry {

    /** ?1 actor (or null), ?2 action, ?3 target type, ?4 target id, ?5 reason (or null), ?6 when. */
    public static final String APPEND = "AuditLogEntry.append";
    /**
     * (id, actor, action, target type, target id, reason, when) of the entries before id ?1, newest first, at most ?2.
     */
    public static final String BEFORE = "AuditLogEntry.before";
    /**
     * As {@link #BEFORE} with the actor's display name after the actor: (id, actor, name, action, …, when), then what
     * the target is called: the user's name (USER), and the question (id, title) and the post id for targets that are
     * or lead to a post (QUESTION, ANSWER, TICKET, FLAG). At most ?2 rows, each join a primary-key lookup.
     */
    public static final String LINES_BEFORE = "AuditLogEntry.linesBefore";
    /** (id, actor, action, target type, target id, reason, when) about target ?1 ?2, newest first, at most ?3. */
    public static final String OF_TARGET = "AuditLogEntry.ofTarget";

    @Id
    private Long id;

    protected AuditLogEntry() {
    }
}
