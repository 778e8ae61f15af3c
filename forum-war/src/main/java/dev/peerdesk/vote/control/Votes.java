package dev.peerdesk.vote.control;

import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import dev.peerdesk.reputation.SerialVotingDetector;
import dev.peerdesk.vote.entity.Vote;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * The owner of the {@code vote} table (its statements are named queries on {@link Vote}): one row per
 * (post, voter), so a vote is cast at most once whatever the concurrency. Callers hold the post's row
 * lock (see {@code VoteService}) while they read and change a vote, so read-then-write here is safe.
 */
@ApplicationScoped
public class Votes {

    /** A voter and an author whose posts they voted on often in a window. */
    public record Pair(long voterId, long authorId) {

        static Pair of(Row r) {
            return new Pair(r.longAt(0), r.longAt(1));
        }
    }

    @PersistenceContext
    EntityManager em;

    /** The voter's current vote on the post: 1, −1, or 0 for none. */
    public int current(long voterId, long postId) {
        return Row.first(em.createNamedQuery(Vote.CURRENT).setParameter(1, postId).setParameter(2, voterId))
                .map(r -> r.intAt(0)).orElse(0);
    }

    /** Records a vote (first time) or changes it (up to down or back). */
    public void put(long postId, long voterId, long authorId, int value, int previous, Instant at) {
        if (previous == 0) {
            em.createNamedQuery(Vote.CAST).setParameter(1, postId).setParameter(2, voterId).setParameter(3, value)
                    .setParameter(4, authorId).setParameter(5, InstantConverter.toDatabase(at)).executeUpdate();
        } else {
            em.createNamedQuery(Vote.CHANGE).setParameter(1, value).setParameter(2, InstantConverter.toDatabase(at))
                    .setParameter(3, postId).setParameter(4, voterId).executeUpdate();
        }
    }

    public void remove(long postId, long voterId) {
        em.createNamedQuery(Vote.REMOVE).setParameter(1, postId).setParameter(2, voterId).executeUpdate();
    }

    /** Voter/author pairs with at least {@code threshold} votes since the instant: the candidates for serial voting. */
    public List<Pair> frequentPairs(Instant since, int threshold) {
        return Row.list(em.createNamedQuery(Vote.FREQUENT_PAIRS).setParameter(1, InstantConverter.toDatabase(since))
                .setParameter(2, threshold)).stream().map(Pair::of).toList();
    }

    /** That pair's votes since the instant, oldest first, as the serial-voting detector reads them. */
    public List<SerialVotingDetector.Vote> votesOf(Pair pair, Instant since) {
        return Row.list(em.createNamedQuery(Vote.OF_PAIR).setParameter(1, pair.voterId())
                        .setParameter(2, pair.authorId()).setParameter(3, InstantConverter.toDatabase(since)))
                .stream().map(r -> new SerialVotingDetector.Vote(pair.voterId(), pair.authorId(), r.longAt(0),
                        r.instant(1)))
                .toList();
    }
}
