package dev.peerdesk.moderation.control;

import dev.peerdesk.platform.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * Closes the open flags of a post when a moderator acts on it (hide, delete, edit, close, lock,
 * approve): every review outcome resolves the flags involved, so the queue empties as work is done.
 */
@ApplicationScoped
public class OpenFlags {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void resolve(long postId, String status, Long moderatorId) {
        em.createNativeQuery("UPDATE flag SET status = ?1, resolved_at = ?2, resolved_by = ?3"
                        + " WHERE post_id = ?4 AND status = 'OPEN'")
                .setParameter(1, status).setParameter(2, InstantConverter.toDatabase(clock.instant()))
                .setParameter(3, moderatorId).setParameter(4, postId).executeUpdate();
    }
}
