package dev.peerdesk.moderation;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The actions everyone is rate limited on, with their windows: votes and flags per UTC day (a
 * fixed window resetting at midnight UTC), comments per rolling hour. The limits keep one account
 * from flooding the site, whatever its reputation.
 */
public enum RateLimitedAction {
    /** {@code votesPerDay} per UTC day. */
    VOTE,
    /** {@code flagsPerDay} per UTC day. */
    FLAG,
    /** {@code commentsPerHour} per rolling hour. */
    COMMENT;

    /** How many of these actions the window allows. */
    public int limit(ModerationRules rules) {
        return switch (this) {
            case VOTE -> rules.votesPerDay();
            case FLAG -> rules.flagsPerDay();
            case COMMENT -> rules.commentsPerHour();
        };
    }

    /** Whether the window rolls with time (true) or resets at fixed instants (false). */
    public boolean isRolling() {
        return this == COMMENT;
    }

    /** The window's length. */
    public Duration window() {
        return isRolling() ? Duration.ofHours(1) : Duration.ofDays(1);
    }

    /**
     * Where the window containing {@code now} starts: midnight UTC for daily limits, an hour ago
     * for the rolling one. Actions at or after this instant count (rolling: strictly after).
     */
    public Instant windowStart(Instant now) {
        return isRolling() ? now.minus(window()) : now.truncatedTo(ChronoUnit.DAYS);
    }
}
