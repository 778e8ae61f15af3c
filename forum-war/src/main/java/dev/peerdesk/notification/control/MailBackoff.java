package dev.peerdesk.notification.control;

import java.time.Duration;
import java.util.List;

/**
 * When a mail that could not be sent is tried again: quickly at first (a relay that restarts is back
 * within seconds), then every hour at most. Mail never gives up: SMTP down means mail waits.
 */
public final class MailBackoff {

    private static final List<Duration> DELAYS = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1));

    private MailBackoff() {
    }

    /** The wait after {@code failedAttempts} (≥ 1) failed attempts. */
    public static Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1, was " + failedAttempts);
        }
        return DELAYS.get(Math.min(failedAttempts, DELAYS.size()) - 1);
    }
}
