package dev.peerdesk.support.control;

import dev.peerdesk.support.policy.TicketStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a ticket stands against its SLA at a moment, for the pages: the deadline that matters is the
 * first response until there is one, then the resolution. While the ticket is PENDING the clock is
 * paused (the due times move on when it resumes); once solved, the SLA was met or missed.
 *
 * <p>A deadline counts as breached when it passed without the thing it waits for: an answer (or
 * solve) after its due time, or no answer (solve) while the clock runs and the due time has passed.
 * A ticket solved without any first response is judged by its resolution only.
 */
public final class SlaCountdown {

    public enum State { DUE, OVERDUE, PAUSED, MET, MISSED }

    /** Which deadline {@link Standing#deadline()} is. */
    public enum Deadline { FIRST_RESPONSE, RESOLUTION }

    /**
     * @param remaining for DUE the time left, for OVERDUE the time since the deadline; zero otherwise
     * @param breached  whether any deadline of the ticket was missed so far
     */
    public record Standing(State state, Deadline which, Instant deadline, Duration remaining, boolean breached) {

        /** "due in 3 h 12 min", "overdue by 25 min", "paused", "met", "missed". */
        public String text() {
            return switch (state) {
                case DUE -> "due in " + SlaCountdown.format(remaining);
                case OVERDUE -> "overdue by " + SlaCountdown.format(remaining);
                case PAUSED -> "paused";
                case MET -> "met";
                case MISSED -> "missed";
            };
        }
    }

    private SlaCountdown() {
    }

    public static Standing of(TicketStatus status, Instant firstResponseDueAt, Instant firstResponseAt,
                              Instant resolutionDueAt, Instant solvedAt, Instant now) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(firstResponseDueAt, "firstResponseDueAt");
        Objects.requireNonNull(resolutionDueAt, "resolutionDueAt");
        Objects.requireNonNull(now, "now");
        boolean solved = status == TicketStatus.SOLVED || status == TicketStatus.CLOSED;
        boolean running = !solved && status != TicketStatus.PENDING;
        boolean firstResponseMissed;
        if (firstResponseAt != null) {
            firstResponseMissed = firstResponseAt.isAfter(firstResponseDueAt);
        } else {
            firstResponseMissed = running && now.isAfter(firstResponseDueAt);
        }
        boolean resolutionMissed = solved
                ? solvedAt != null && solvedAt.isAfter(resolutionDueAt)
                : running && now.isAfter(resolutionDueAt);
        boolean breached = firstResponseMissed || resolutionMissed;
        Deadline which = firstResponseAt == null && !solved ? Deadline.FIRST_RESPONSE : Deadline.RESOLUTION;
        Instant deadline = which == Deadline.FIRST_RESPONSE ? firstResponseDueAt : resolutionDueAt;
        if (solved) {
            return new Standing(breached ? State.MISSED : State.MET, which, deadline, Duration.ZERO, breached);
        }
        if (!running) {
            return new Standing(State.PAUSED, which, deadline, Duration.ZERO, breached);
        }
        Duration left = Duration.between(now, deadline);
        return left.isNegative()
                ? new Standing(State.OVERDUE, which, deadline, left.negated(), breached)
                : new Standing(State.DUE, which, deadline, left, breached);
    }

    /** "2 d 4 h", "3 h 12 min", "25 min", "less than a minute": the two largest units. */
    public static String format(Duration duration) {
        long minutes = duration.abs().toMinutes();
        if (minutes < 1) {
            return "less than a minute";
        }
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return days + " d" + (hours > 0 ? " " + hours + " h" : "");
        }
        if (hours > 0) {
            return hours + " h" + (mins > 0 ? " " + mins + " min" : "");
        }
        return mins + " min";
    }
}
