package dev.peerdesk.platform.audit;

import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.entity.AuditLogEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * Appends to the audit log in the caller's transaction, so an action and its record commit or
 * roll back together. {@code actorId} null means the system did it (a scheduled job).
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Records a refusal: in a transaction of its own, because the request it refuses rolls back (or
     * never opened one) and the record must stay.
     */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(Long actorId, String action, String targetType, long targetId, String reason) {
        record(actorId, action, targetType, targetId, reason);
    }

    public void record(Long actorId, String action, String targetType, long targetId, String reason) {
        em.createNamedQuery(AuditLogEntry.APPEND)
                .setParameter(1, actorId).setParameter(2, action).setParameter(3, targetType)
                .setParameter(4, targetId)
                .setParameter(5, reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason)
                .setParameter(6, InstantConverter.toDatabase(clock.instant()))
                .executeUpdate();
    }
}
