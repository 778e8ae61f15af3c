package dev.peerdesk.moderation;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides whether one more action fits its rate limit (see {@link RateLimitedAction}), and if not,
 * how long until it does — the {@code Retry-After} of a 429. A daily limit frees up at the next
 * midnight UTC; the rolling hour frees up when the oldest action in it turns an hour old.
 */
public final class RateLimit {

    private RateLimit() {
    }

    /** Whether the action may go ahead. */
    public sealed interface Decision {
    }

    /** Go ahead; {@code remaining} more actions fit in the window after this one. */
    public record Allowed(int remaining) implements Decision {
    }

    /** Refused; try again after {@code retryAfter}. */
    public record Limited(Duration retryAfter) implements Decision {

        /** Retry-After in whole seconds, rounded up (at least 1). */
        public long retryAfterSeconds() {
            long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
            return Math.max(1, seconds);
        }
    }

    /**
     * The decision for one more action.
     *
     * @param action         what the user wants to do
     * @param used           how many such actions the user took in the window ({@link RateLimitedAction#windowStart})
     * @param oldestInWindow when the oldest of those was taken; used only by the rolling window and
     *                       may be {@code null} otherwise (then a full window is assumed)
     * @param now            the current instant
     */
    public static Decision check(RateLimitedAction action, int used, Instant oldestInWindow, Instant now,
                                 ModerationRules rules) {
        int limit = action.limit(rules);
        if (used < limit) {
            return new Allowed(limit - used - 1);
        }
        Instant freeAt = action.isRolling()
                ? (oldestInWindow == null ? now : oldestInWindow).plus(action.window())
                : action.windowStart(now).plus(action.window());
        Duration wait = Duration.between(now, freeAt);
        return new Limited(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
    }
}
