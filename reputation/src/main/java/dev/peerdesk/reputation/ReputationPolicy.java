package dev.peerdesk.reputation;

import dev.peerdesk.reputation.ReputationEvent.AnswerAccepted;
import dev.peerdesk.reputation.ReputationEvent.AnswerUnaccepted;
import dev.peerdesk.reputation.ReputationEvent.PostDeleted;
import dev.peerdesk.reputation.ReputationEvent.PostRemovedAsSpam;
import dev.peerdesk.reputation.ReputationEvent.VoteCast;
import dev.peerdesk.reputation.ReputationEvent.VoteRetracted;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns forum events into reputation ledger entries.
 *
 * <ul>
 *   <li>An upvoted question or answer earns its author the upvote points; a downvote costs the
 *       author; downvoting an answer also costs the voter, downvoting a question does not (so
 *       that poor questions get voted down freely, but answers are not buried to push one's own).</li>
 *   <li>An accepted answer earns its author, and the asker who accepted someone else's answer.</li>
 *   <li>Gains from upvotes stop at the daily cap per UTC day; accepts are exempt and losses are
 *       never capped. A gain that would cross the cap is cut to what fits.</li>
 *   <li>Reputation never goes below the floor: a loss that would cross it is cut so the total
 *       stays at the floor.</li>
 *   <li>Self-votes, accepting one's own answer, and votes by or on staff change nothing; staff
 *       accounts never earn or lose reputation.</li>
 *   <li>An undo (retracted vote, withdrawn accept, deleted post) negates exactly the entries the
 *       original event recorded — the capped or floored deltas, not the nominal points; only the
 *       floor still applies to it.</li>
 * </ul>
 *
 * Entries record the delta actually applied; zero deltas produce no entry.
 */
public final class ReputationPolicy {

    private ReputationPolicy() {
    }

    /**
     * The ledger entries an event causes.
     *
     * @param event     what happened
     * @param standings the current standing of every user the event touches (voter and author,
     *                  asker and answerer, or every user named by the entries being reversed)
     * @param rules     the points, cap and floor
     * @return the entries to append, in order; empty if the event changes nothing
     * @throws IllegalArgumentException if the standing of a touched user is missing
     */
    public static List<LedgerEntry> changes(ReputationEvent event, Collection<Standing> standings,
                                            ReputationRules rules) {
        Ledger ledger = new Ledger(standings, rules);
        if (event instanceof VoteCast vote) {
            castVote(vote, ledger, rules);
        } else if (event instanceof AnswerAccepted accepted) {
            accept(accepted, ledger, rules);
        } else if (event instanceof VoteRetracted retracted) {
            ledger.reverse(retracted.caused());
        } else if (event instanceof AnswerUnaccepted unaccepted) {
            ledger.reverse(unaccepted.caused());
        } else if (event instanceof PostDeleted deleted) {
            ledger.reverse(deleted.caused());
        } else if (event instanceof PostRemovedAsSpam spam) {
            ledger.reverse(spam.caused());
            ledger.apply(spam.authorId(), rules.points(ReputationReason.SPAM_PENALTY),
                    ReputationReason.SPAM_PENALTY, spam.postId());
        }
        return List.copyOf(ledger.entries);
    }

    /**
     * Start of the UTC day that contains {@code now}: the daily cap counts gains from this instant
     * on, so {@link Standing#gainedFromVotesToday()} sums the entries created since then.
     */
    public static Instant capDayStart(Instant now) {
        return now.truncatedTo(ChronoUnit.DAYS);
    }

    /**
     * How much of today's cap is used: what still stands of today's capped gains. A retracted
     * upvote gives its room back, otherwise one voter who upvotes and retracts twenty times would
     * block everybody else's upvotes for the day.
     *
     * @param gainedToday     sum of the entries created today whose reason
     *                        {@linkplain ReputationReason#countsTowardDailyCap counts toward the cap}
     * @param reversedOfThose sum (zero or negative) of the reversals of exactly those entries,
     *                        whenever they were written; a reversal the floor cut short gives back
     *                        only what it took
     * @return the value for {@link Standing#gainedFromVotesToday()}, never negative
     */
    public static int capUsed(int gainedToday, int reversedOfThose) {
        if (reversedOfThose > 0) {
            throw new IllegalArgumentException("reversals of gains are never positive (was " + reversedOfThose + ")");
        }
        return Math.max(0, gainedToday + reversedOfThose);
    }

    private static void castVote(VoteCast vote, Ledger ledger, ReputationRules rules) {
        Standing voter = ledger.standing(vote.voterId());
        Standing author = ledger.standing(vote.authorId());
        if (vote.voterId() == vote.authorId() || voter.staff() || author.staff()) {
            return;
        }
        if (vote.direction() == VoteDirection.UP) {
            ReputationReason reason = vote.postKind() == PostKind.QUESTION
                    ? ReputationReason.QUESTION_UPVOTED
                    : ReputationReason.ANSWER_UPVOTED;
            ledger.apply(vote.authorId(), rules.points(reason), reason, vote.postId());
        } else {
            ledger.apply(vote.authorId(), rules.points(ReputationReason.DOWNVOTED),
                    ReputationReason.DOWNVOTED, vote.postId());
            if (vote.postKind() == PostKind.ANSWER) {
                ledger.apply(vote.voterId(), rules.points(ReputationReason.DOWNVOTE_CAST),
                        ReputationReason.DOWNVOTE_CAST, vote.postId());
            }
        }
    }

    private static void accept(AnswerAccepted accepted, Ledger ledger, ReputationRules rules) {
        ledger.standing(accepted.askerId());
        ledger.standing(accepted.answererId());
        if (accepted.askerId() == accepted.answererId()) {
            return;
        }
        ledger.apply(accepted.answererId(), rules.points(ReputationReason.ANSWER_ACCEPTED),
                ReputationReason.ANSWER_ACCEPTED, accepted.answerId());
        ledger.apply(accepted.askerId(), rules.points(ReputationReason.ACCEPTED_ANSWER),
                ReputationReason.ACCEPTED_ANSWER, accepted.answerId());
    }

    /** Running totals while one event's entries are produced. */
    private static final class Ledger {
        private final Map<Long, Standing> standings = new HashMap<>();
        private final Map<Long, Integer> totals = new HashMap<>();
        private final Map<Long, Integer> gainedToday = new HashMap<>();
        private final ReputationRules rules;
        private final List<LedgerEntry> entries = new ArrayList<>();

        Ledger(Collection<Standing> standings, ReputationRules rules) {
            this.rules = rules;
            for (Standing standing : standings) {
                this.standings.put(standing.userId(), standing);
                totals.put(standing.userId(), standing.total());
                gainedToday.put(standing.userId(), standing.gainedFromVotesToday());
            }
        }

        Standing standing(long userId) {
            Standing standing = standings.get(userId);
            if (standing == null) {
                throw new IllegalArgumentException("no standing given for user " + userId);
            }
            return standing;
        }

        /**
         * Reverses entries, restorations first: a refund then a loss can only keep a user further
         * from the floor than the other way round, so a post's history nets out exactly.
         */
        void reverse(List<LedgerEntry> caused) {
            caused.stream()
                    .map(LedgerEntry::reversed)
                    .sorted(Comparator.comparing(entry -> entry.delta() < 0))
                    .forEach(entry -> apply(entry.userId(), entry.delta(), entry.reason(), entry.postId()));
        }

        void apply(long userId, int nominal, ReputationReason reason, long postId) {
            if (standing(userId).staff()) {
                return;
            }
            int total = totals.get(userId);
            int delta = nominal;
            if (delta > 0 && reason.countsTowardDailyCap()) {
                int gained = gainedToday.get(userId);
                delta = Math.min(delta, Math.max(0, rules.dailyCap() - gained));
                gainedToday.put(userId, gained + delta);
            }
            if (delta < 0) {
                delta = Math.min(0, Math.max(delta, rules.floor() - total));
            }
            if (delta != 0) {
                totals.put(userId, total + delta);
                entries.add(new LedgerEntry(userId, delta, reason, postId));
            }
        }
    }
}
