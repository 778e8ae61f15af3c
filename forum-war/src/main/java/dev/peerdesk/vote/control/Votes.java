package dev.peerdesk.vote.control;

import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.reputation.SerialVotingDetector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * The owner of the {@code vote} table: one row per (post, voter), primary key {@code (post_id, voter_id)},
 * so a vote is cast at most once whatever the concurrency. Callers hold the post's row lock (see
 * {@code VoteService}) while they read and change a vote, so read-then-write here is safe.
 */
@ApplicationScoped
public class Votes {

    private static final String CURRENT = "SELECT value FROM vote WHERE post_id = ?1 AND voter_id = ?2";
    private static final String CAST =
            "INSERT INTO vote (post_id, voter_id, value, author_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)";
    private static final String CHANGE =
            "UPDATE vote SET value = ?1, created_at = ?2 WHERE post_id = ?3 AND voter_id = ?4";
    private static final String REMOVE = "DELETE FROM vote WHERE post_id = ?1 AND voter_id = ?2";
    private static final String SUSPECT_PAIRS = "SELECT voter_id, author_id FROM vote WHERE created_at >= ?1"
            + " GROUP BY voter_id, author_id HAVING COUNT(*) >= ?2";
    private static final String VOTES_OF_PAIR = "SELECT post_id, created_at FROM vote"
            + " WHERE voter_id = ?1 AND author_id = ?2 AND created_at >= ?3 ORDER BY created_at";

    /** A voter and an author whose posts they voted on often in a window. */
    public record Pair(long voterId, long authorId) {
    }

    @PersistenceContext
    EntityManager em;

    /** The voter's current vote on the post: 1, −1, or 0 for none. */
    public int current(long voterId, long postId) {
        List<?> rows = em.createNativeQuery(CURRENT).setParameter(1, postId).setParameter(2, voterId).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /** Records a vote (first time) or changes it (up to down or back). */
    public void put(long postId, long voterId, long authorId, int value, int previous, Instant at) {
        if (previous == 0) {
            em.createNativeQuery(CAST).setParameter(1, postId).setParameter(2, voterId).setParameter(3, value)
                    .setParameter(4, authorId).setParameter(5, InstantConverter.toDatabase(at)).executeUpdate();
        } else {
            em.createNativeQuery(CHANGE).setParameter(1, value).setParameter(2, InstantConverter.toDatabase(at))
                    .setParameter(3, postId).setParameter(4, voterId).executeUpdate();
        }
    }

    public void remove(long postId, long voterId) {
        em.createNativeQuery(REMOVE).setParameter(1, postId).setParameter(2, voterId).executeUpdate();
    }

    /** Voter/author pairs with at least {@code threshold} votes since the instant: the candidates for serial voting. */
    public List<Pair> frequentPairs(Instant since, int threshold) {
        List<?> rows = em.createNativeQuery(SUSPECT_PAIRS).setParameter(1, InstantConverter.toDatabase(since))
                .setParameter(2, threshold).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Pair(((Number) r[0]).longValue(), ((Number) r[1]).longValue())).toList();
    }

    /** That pair's votes since the instant, oldest first, as the serial-voting detector reads them. */
    public List<SerialVotingDetector.Vote> votesOf(Pair pair, Instant since) {
        List<?> rows = em.createNativeQuery(VOTES_OF_PAIR).setParameter(1, pair.voterId())
                .setParameter(2, pair.authorId()).setParameter(3, InstantConverter.toDatabase(since)).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new SerialVotingDetector.Vote(pair.voterId(), pair.authorId(), ((Number) r[0]).longValue(),
                        InstantConverter.fromDatabase(r[1])))
                .toList();
    }
}
