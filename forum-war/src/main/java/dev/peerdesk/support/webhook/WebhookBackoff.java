package dev.peerdesk.support.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again. Retries start quickly (a receiver that restarts is back
 * within seconds) and then spread out, so a receiver that is down for a day is not hammered and
 * still gets every event: 12 attempts span about 31 hours. After the last attempt the delivery
 * gives up and stays visible to operators with its last status and error.
 */
public final class WebhookBackoff {

    /** Attempts in all, the first one included. */
    public static final int MAX_ATTEMPTS = 12;

    /** The wait after the 1st, 2nd, … failed attempt; the last step repeats (the cap). */
    private static final List<Duration> DELAYS = List.of(
            Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4),
            Duration.ofHours(8));

    private WebhookBackoff() {
    }

    /** The wait before attempt n + 1 after n failed attempts (n ≥ 1). */
    public static Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1, was " + failedAttempts);
        }
        return DELAYS.get(Math.min(failedAttempts, DELAYS.size()) - 1);
    }

    /**
     * When to try again after attempt number {@code attempts} failed at {@code failedAt}; empty when
     * that was the last attempt (the delivery gives up).
     */
    public static Optional<Instant> nextAttempt(int attempts, Instant failedAt) {
        if (attempts >= MAX_ATTEMPTS) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(delayAfter(attempts)));
    }
}
