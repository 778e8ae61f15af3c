package dev.peerdesk.reputation;

import java.util.Objects;

/**
 * One append-only change to a user's reputation. A user's reputation is the sum of their
 * entries (on top of the starting value), so the entry records the delta actually applied —
 * after the daily cap and the floor — which makes every reversal exact.
 *
 * @param userId whose reputation changes
 * @param delta  the change actually applied (never zero when produced by {@link ReputationPolicy})
 * @param reason why
 * @param postId the post the causing event was about
 */
public record LedgerEntry(long userId, int delta, ReputationReason reason, long postId) {

    public LedgerEntry {
        Objects.requireNonNull(reason, "reason");
    }

    /** The entry that undoes this one: the same user and post, the negated delta. */
    public LedgerEntry reversed() {
        return new LedgerEntry(userId, -delta, ReputationReason.REVERSAL, postId);
    }
}
