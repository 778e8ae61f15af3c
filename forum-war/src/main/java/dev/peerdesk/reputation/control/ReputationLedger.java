package dev.peerdesk.reputation.control;

import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import dev.peerdesk.reputation.LedgerEntry;
import dev.peerdesk.reputation.PostKind;
import dev.peerdesk.reputation.ReputationEvent;
import dev.peerdesk.reputation.ReputationPolicy;
import dev.peerdesk.reputation.ReputationReason;
import dev.peerdesk.reputation.ReputationRules;
import dev.peerdesk.reputation.Standing;
import dev.peerdesk.reputation.VoteDirection;
import dev.peerdesk.reputation.entity.ReputationEntry;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the reputation effects of forum events, in the caller's transaction: the pure
 * {@link ReputationPolicy} decides the entries from the users' standing, this class locks the
 * users involved (in id order, so concurrent events cannot deadlock), appends the entries and
 * moves the totals by the same amounts. Undoing an event reverses exactly the entries it wrote.
 */
@ApplicationScoped
public class ReputationLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReputationRulesStore rules;

    /**
     * The reasons whose gains the daily cap limits, as an SQL list (constants, not input). Built from
     * the enum, so the daily-cap query that uses it stays here instead of a named query on the entity,
     * where it would have to repeat the list by hand.
     */
    private static final String CAPPED_REASONS = java.util.Arrays.stream(ReputationReason.values())
            .filter(ReputationReason::countsTowardDailyCap).map(r -> "'" + r.name() + "'")
            .collect(Collectors.joining(", "));

    /** What a user gained in a period, for the leaderboard. */
    public record Gain(long userId, int gained) {

        static Gain of(Row r) {
            return new Gain(r.longAt(0), r.intAt(1));
        }
    }

    /** A stored total that disagrees with the ledger (1 + the sum of the user's entries). */
    public record Drift(long userId, int stored, int ledger) {

        static Drift of(Row r) {
            return new Drift(r.longAt(0), r.intAt(1), r.intAt(2));
        }
    }

    /** The users with the largest positive gains since the instant, largest first (ties by id). */
    public List<Gain> topGainsSince(Instant since, int max) {
        return Row.list(em.createNamedQuery(ReputationEntry.GAINED_SINCE)
                .setParameter(1, InstantConverter.toDatabase(since)).setParameter(2, max)).stream().map(Gain::of).toList();
    }

    /** Every user whose stored total disagrees with the ledger. */
    public List<Drift> drift() {
        return Row.list(em.createNamedQuery(ReputationEntry.DRIFTED)).stream().map(Drift::of).toList();
    }

    public long users() {
        return ((Number) em.createNamedQuery(ReputationEntry.USERS).getSingleResult()).longValue();
    }

    /** Sets the stored total to what the ledger says (the ledger is the truth; totals are a cache of it). */
    public void repair(Drift drift) {
        em.createNamedQuery(ReputationEntry.REPAIR).setParameter(1, drift.ledger()).setParameter(2, drift.userId())
                .executeUpdate();
    }

    public static String voteCause(long postId, long voterId) {
        return "vote:" + postId + ":" + voterId;
    }

    public static String acceptCause(long questionId) {
        return "accept:" + questionId;
    }

    public void voteCast(long voterId, long authorId, long postId, boolean question, int value) {
        ReputationEvent event = new ReputationEvent.VoteCast(voterId, authorId, postId,
                question ? PostKind.QUESTION : PostKind.ANSWER, value > 0 ? VoteDirection.UP : VoteDirection.DOWN);
        record(event, List.of(voterId, authorId), voteCause(postId, voterId));
    }

    public void voteRetracted(long postId, long voterId) {
        reverse(active("e.cause = ?1", voteCause(postId, voterId)));
    }

    public void answerAccepted(long askerId, long answererId, long questionId, long answerId) {
        record(new ReputationEvent.AnswerAccepted(askerId, answererId, answerId), List.of(askerId, answererId),
                acceptCause(questionId));
    }

    public void answerUnaccepted(long questionId) {
        reverse(active("e.cause = ?1", acceptCause(questionId)));
    }

    /** A deleted post takes back everything it earned or cost anyone. */
    public void postDeleted(long postId) {
        reverse(active("e.post_id = ?1", postId));
    }

    /** Removed as spam or abuse: whatever the post earned is taken back, and the author pays the penalty. */
    public void removedAsSpam(long authorId, long postId) {
        reverse(active("e.post_id = ?1", postId));
        record(new ReputationEvent.PostRemovedAsSpam(authorId, postId, List.of()), List.of(authorId), "spam:" + postId);
    }

    /** Entries not yet reversed, matching a condition on {@code e}. */
    private List<ReputationEntry> active(String condition, Object value) {
        // Built at run time (the caller's condition on e): cannot be a named query.
        @SuppressWarnings("unchecked")
        List<ReputationEntry> entries = em.createNativeQuery("SELECT e.* FROM reputation_entry e WHERE " + condition
                        + " AND e.reason <> 'REVERSAL' AND NOT EXISTS"
                        + " (SELECT 1 FROM reputation_entry r WHERE r.reverses_id = e.id) ORDER BY e.id",
                ReputationEntry.class).setParameter(1, value).getResultList();
        return entries;
    }

    private void record(ReputationEvent event, Collection<Long> userIds, String cause) {
        ReputationRules current = rules.current();
        Map<Long, Standing> standings = lockAndStand(userIds, current);
        Instant now = clock.instant();
        for (LedgerEntry entry : ReputationPolicy.changes(event, standings.values(), current)) {
            write(new ReputationEntry(entry.userId(), entry.delta(), entry.reason(), entry.postId(), cause, null, now));
        }
    }

    /**
     * Reverses each entry exactly once. Entries are undone one at a time in the policy's order
     * (refunds before losses) so the floor applies as it would to the whole event; an undo the
     * floor cuts to nothing is still written (delta 0) so it is never undone again.
     */
    private void reverse(List<ReputationEntry> originals) {
        if (originals.isEmpty()) {
            return;
        }
        ReputationRules current = rules.current();
        Map<Long, Standing> standings = lockAndStand(originals.stream().map(ReputationEntry::userId).toList(), current);
        Instant now = clock.instant();
        List<ReputationEntry> ordered = new ArrayList<>(originals);
        ordered.sort(Comparator.comparing((ReputationEntry e) -> e.delta() > 0).thenComparing(ReputationEntry::id));
        for (ReputationEntry original : ordered) {
            LedgerEntry caused = new LedgerEntry(original.userId(), original.delta(), original.reason(),
                    original.postId() == null ? 0 : original.postId());
            Standing standing = standings.get(original.userId());
            int delta = ReputationPolicy.changes(new ReputationEvent.PostDeleted(List.of(caused)), List.of(standing), current)
                    .stream().mapToInt(LedgerEntry::delta).sum();
            write(new ReputationEntry(original.userId(), delta, ReputationReason.REVERSAL, original.postId(),
                    original.cause(), original.id(), now));
            standings.put(standing.userId(), new Standing(standing.userId(), standing.total() + delta,
                    standing.gainedFromVotesToday(), standing.staff()));
        }
    }

    private void write(ReputationEntry entry) {
        em.persist(entry);
        if (entry.delta() != 0) {
            em.createNamedQuery(ReputationEntry.MOVE_TOTAL)
                    .setParameter(1, entry.delta()).setParameter(2, entry.userId()).executeUpdate();
        }
    }

    /** Locks the users' rows in id order and reads their standing under the lock. */
    private Map<Long, Standing> lockAndStand(Collection<Long> userIds, ReputationRules current) {
        Instant dayStart = ReputationPolicy.capDayStart(clock.instant());
        return new TreeSet<>(userIds).stream().map(id -> {
            User user = em.find(User.class, id);
            em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
            // today's capped gains and whatever reversed them (uq_reputation_reversal makes the join a lookup)
            // Built at run time (the IN list of capped reasons comes from the enum): cannot be a named query.
            Row today = Row.single(em.createNativeQuery("SELECT COALESCE(SUM(e.delta), 0), COALESCE(SUM(r.delta), 0)"
                            + " FROM reputation_entry e LEFT JOIN reputation_entry r ON r.reverses_id = e.id"
                            + " WHERE e.user_id = ?1 AND e.created_at >= ?2 AND e.reason IN (" + CAPPED_REASONS + ")")
                    .setParameter(1, id).setParameter(2, InstantConverter.toDatabase(dayStart)));
            int used = ReputationPolicy.capUsed(today.intAt(0), today.intAt(1));
            return new Standing(id, user.reputation(), used, user.staff());
        }).collect(Collectors.toMap(Standing::userId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
