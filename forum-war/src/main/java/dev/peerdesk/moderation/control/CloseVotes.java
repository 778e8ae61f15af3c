package dev.peerdesk.moderation.control;

import dev.peerdesk.moderation.CloseReason;
import dev.peerdesk.platform.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * The owner of {@code close_vote}: one row per (question, voter) — the primary key makes a second vote
 * by the same person impossible, whatever the concurrency — cleared when the question is reopened.
 */
@ApplicationScoped
public class CloseVotes {

    private static final String CAST = "INSERT IGNORE INTO close_vote (question_id, voter_id, reason, duplicate_of_id,"
            + " created_at) VALUES (?1, ?2, ?3, ?4, ?5)";
    private static final String OF_QUESTION =
            "SELECT voter_id, reason, duplicate_of_id FROM close_vote WHERE question_id = ?1";
    private static final String CLEAR = "DELETE FROM close_vote WHERE question_id = ?1";

    /** A stored close vote. */
    public record Vote(long voterId, CloseReason reason, Long duplicateOfId) {
    }

    @PersistenceContext
    EntityManager em;

    /** False when this voter has already voted to close the question. */
    public boolean cast(long questionId, long voterId, CloseReason reason, Long duplicateOfId, Instant at) {
        return em.createNativeQuery(CAST).setParameter(1, questionId).setParameter(2, voterId)
                .setParameter(3, reason.name()).setParameter(4, duplicateOfId)
                .setParameter(5, InstantConverter.toDatabase(at)).executeUpdate() > 0;
    }

    public List<Vote> of(long questionId) {
        List<?> rows = em.createNativeQuery(OF_QUESTION).setParameter(1, questionId).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Vote(((Number) r[0]).longValue(), CloseReason.valueOf((String) r[1]),
                        r[2] == null ? null : ((Number) r[2]).longValue()))
                .toList();
    }

    /** A reopened question starts with no close votes. */
    public void clear(long questionId) {
        em.createNativeQuery(CLEAR).setParameter(1, questionId).executeUpdate();
    }
}
