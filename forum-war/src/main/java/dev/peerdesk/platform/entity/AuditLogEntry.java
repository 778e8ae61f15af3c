package dev.peerdesk.platform.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

/**
 * One line of the append-only audit log. Written only through this statement (by
 * {@code platform.audit.AuditLog}); never loaded or persisted as an entity.
 */
@Entity
@Table(name = "audit_log")
@NamedNativeQuery(name = AuditLogEntry.APPEND, query = "INSERT INTO audit_log (actor_id, action, target_type,"
        + " target_id, reason, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
public class AuditLogEntry {

    /** ?1 actor (or null), ?2 action, ?3 target type, ?4 target id, ?5 reason (or null), ?6 when. */
    public static final String APPEND = "AuditLogEntry.append";

    @Id
    private Long id;

    protected AuditLogEntry() {
    }
}
