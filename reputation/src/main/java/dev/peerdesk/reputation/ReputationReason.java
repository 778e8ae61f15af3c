package dev.peerdesk.reputation;

/**
 * Why a reputation ledger entry exists. Reputation is an append-only ledger, so every
 * entry names its reason; the names are part of the REST contract.
 *
 * <p>Only gains from upvotes count toward the daily cap: accepts are exempt and losses are
 * never capped. {@link #REVERSAL} undoes earlier entries and has no points of its own.
 */
public enum ReputationReason {
    /** The user's question was upvoted. */
    QUESTION_UPVOTED(true),
    /** The user's answer was upvoted. */
    ANSWER_UPVOTED(true),
    /** The user's post was downvoted. */
    DOWNVOTED(false),
    /** The user downvoted an answer (downvoting costs the voter, so it is used sparingly). */
    DOWNVOTE_CAST(false),
    /** The user's answer was accepted. */
    ANSWER_ACCEPTED(false),
    /** The user accepted someone else's answer on their question. */
    ACCEPTED_ANSWER(false),
    /** The user's post was removed as spam or abusive. */
    SPAM_PENALTY(false),
    /** Undoes an earlier entry (vote retracted, answer unaccepted, post deleted). */
    REVERSAL(false);

    private final boolean countsTowardDailyCap;

    ReputationReason(boolean countsTowardDailyCap) {
        this.countsTowardDailyCap = countsTowardDailyCap;
    }

    /** Whether gains for this reason are limited by the daily cap (only gains from upvotes are). */
    public boolean countsTowardDailyCap() {
        return countsTowardDailyCap;
    }

    /** Whether the points for this reason are configurable; {@link #REVERSAL} is not, it negates. */
    public boolean hasPoints() {
        return this != REVERSAL;
    }
}
