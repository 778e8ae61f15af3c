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
        + " a.target_type, a.target_id, a.reason, a.created_at FROM audit_log a"
        + " LEFT JOIN app_user u ON u.id = a.actor_id"
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
    /** As {@link #BEFORE} with the actor's display name after the actor: (id, actor, name, action, …). */
    public static final String LINES_BEFORE = "AuditLogEntry.linesBefore";
    /** (id, actor, action, target type, target id, reason, when) about target ?1 ?2, newest first, at most ?3. */
    public static final String OF_TARGET = "AuditLogEntry.ofTarget";

    @Id
    private Long id;

    protected AuditLogEntry() {
    }
}
