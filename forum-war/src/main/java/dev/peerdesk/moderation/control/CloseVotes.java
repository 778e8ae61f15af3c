package dev.peerdesk.moderation.control;

import dev.peerdesk.moderation.CloseReason;
import dev.peerdesk.moderation.entity.CloseVote;
import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * The owner of {@code close_vote} (its statements are named queries on {@link CloseVote}): one row
 * per (question, voter) — the primary key makes a second vote by the same person impossible,
 * whatever the concurrency — cleared when the question is reopened.
 */
@ApplicationScoped
public class CloseVotes {

    /** A stored close vote. */
    public record Vote(long voterId, CloseReason reason, Long duplicateOfId) {

        static Vote of(Row r) {
            return new Vote(r.longAt(0), CloseReason.valueOf(r.string(1)), r.longOrNull(2));
        }
    }

    @PersistenceContext
    EntityManager em;

    /** False when this voter has already voted to close the question. */
    public boolean cast(long questionId, long voterId, CloseReason reason, Long duplicateOfId, Instant at) {
        return em.createNamedQuery(CloseVote.CAST).setParameter(1, questionId).setParameter(2, voterId)
                .setParameter(3, reason.name()).setParameter(4, duplicateOfId)
                .setParameter(5, InstantConverter.toDatabase(at)).executeUpdate() > 0;
    }

    public List<Vote> of(long questionId) {
        return Row.list(em.createNamedQuery(CloseVote.OF_QUESTION).setParameter(1, questionId)).stream()
                .map(Vote::of).toList();
    }

    /** A reopened question starts with no close votes. */
    public void clear(long questionId) {
        em.createNamedQuery(CloseVote.CLEAR).setParameter(1, questionId).executeUpdate();
    }
}
