package dev.peerdesk.support.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Wall-clock windows of the support flow (not business time):
 * the asker may click "still need help" once the question is {@code requestAllowedAfter} old
 * (default 1 h); the asker may reopen a SOLVED ticket for {@code reopenWindow} after it was solved
 * (default 7 days); a SOLVED ticket closes automatically {@code autoCloseAfter} after it was solved
 * (default 7 days).
 */
public record SupportWindows(Duration requestAllowedAfter, Duration reopenWindow, Duration autoCloseAfter) {

    public SupportWindows {
        requirePositive(requestAllowedAfter, "requestAllowedAfter");
        requirePositive(reopenWindow, "reopenWindow");
        requirePositive(autoCloseAfter, "autoCloseAfter");
    }

    /** 1 hour, 7 days, 7 days. */
    public static SupportWindows defaults() {
        return new SupportWindows(Duration.ofHours(1), Duration.ofDays(7), Duration.ofDays(7));
    }

    /** Whether the asker may ask for help at {@code now}: from exactly {@code requestAllowedAfter} on. */
    public boolean mayRequestHelp(Instant askedAt, Instant now) {
        Objects.requireNonNull(askedAt, "askedAt");
        Objects.requireNonNull(now, "now");
        return !now.isBefore(askedAt.plus(requestAllowedAfter));
    }

    /**
     * Whether the asker may reopen a ticket solved at {@code solvedAt}: from solving until just
     * before {@code reopenWindow} has passed. The end is exclusive so that, with the default equal
     * windows, a ticket is never both reopenable and due to close at the same instant.
     */
    public boolean mayReopen(Instant solvedAt, Instant now) {
        Objects.requireNonNull(solvedAt, "solvedAt");
        Objects.requireNonNull(now, "now");
        return !now.isBefore(solvedAt) && now.isBefore(solvedAt.plus(reopenWindow));
    }

    /** When a ticket solved at {@code solvedAt} closes automatically. */
    public Instant closesAt(Instant solvedAt) {
        Objects.requireNonNull(solvedAt, "solvedAt");
        return solvedAt.plus(autoCloseAfter);
    }

    private static void requirePositive(Duration value, String field) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(field + " must be positive: " + value);
        }
    }
}
