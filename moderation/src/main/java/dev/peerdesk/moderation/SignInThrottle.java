package dev.peerdesk.moderation;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing (SPEC §8) without handing an attacker a way to lock a victim out.
 *
 * <p>Failed sign-ins are counted per account and per client address over a sliding
 * {@link #WINDOW}. Up to the limit nothing happens. Beyond it, one more attempt is allowed only
 * after a delay that doubles with every further failure ({@link #FIRST_DELAY}, 2×, 4× … at most the
 * window). Attempts refused with 429 are not failures: they check no password and add nothing, so
 * the delay never grows while someone is merely being refused, and since failures older than the
 * window drop out, every lock-out ends at most one window after the last failure.
 */
public final class SignInThrottle {

    /** How long a failed sign-in counts. */
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** The wait after the first failure beyond the limit. */
    public static final Duration FIRST_DELAY = Duration.ofSeconds(30);

    private SignInThrottle() {
    }

    /**
     * Whether one more sign-in attempt may check its password now.
     *
     * @param failures      failed attempts in the window (for one account, or one address)
     * @param lastFailureAt the latest of them, or {@code null} when there is none
     * @param limit         failures tolerated before delays start
     */
    public static RateLimit.Decision check(int failures, Instant lastFailureAt, int limit, Instant now) {
        if (failures < limit || lastFailureAt == null) {
            return new RateLimit.Allowed(Math.max(0, limit - failures - 1));
        }
        Instant allowedAt = lastFailureAt.plus(delayAfter(failures - limit));
        if (!now.isBefore(allowedAt)) {
            return new RateLimit.Allowed(0);
        }
        return new RateLimit.Limited(Duration.between(now, allowedAt));
    }

    /** The delay once {@code excess} failures beyond the limit have happened (0 = just reached it). */
    static Duration delayAfter(int excess) {
        int doublings = Math.min(excess, 10); // 30 s × 2^10 is far beyond the window already
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(WINDOW) > 0 ? WINDOW : delay;
    }

    /**
     * Registrations from one address in the rolling hour: the limit frees up as the oldest of them
     * turns an hour old.
     */
    public static RateLimit.Decision checkRegistration(int inLastHour, Instant oldestInHour, int limit, Instant now) {
        if (inLastHour < limit) {
            return new RateLimit.Allowed(limit - inLastHour - 1);
        }
        Instant freeAt = (oldestInHour == null ? now : oldestInHour).plus(Duration.ofHours(1));
        Duration wait = Duration.between(now, freeAt);
        return new RateLimit.Limited(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
    }
}
