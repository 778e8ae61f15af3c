package dev.peerdesk.support.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The SLA of one ticket: how much working time staff have, from escalation, for the first response
 * and for the resolution. The resolution target is never shorter than the first-response target.
 *
 * @param firstResponse working time to the first staff response, positive
 * @param resolution    working time to solving the ticket, at least {@code firstResponse}
 */
public record SlaTarget(Duration firstResponse, Duration resolution) {

    public SlaTarget {
        requirePositive(firstResponse, "firstResponse");
        requirePositive(resolution, "resolution");
        if (resolution.compareTo(firstResponse) < 0) {
            throw new IllegalArgumentException("resolution " + resolution + " is shorter than firstResponse " + firstResponse);
        }
    }

    /**
     * When the targets of a ticket escalated at {@code escalatedAt} fall due: each target plus the
     * working time the ticket spent paused, counted in {@code calendar} from escalation.
     */
    public SlaDueTimes dueTimes(Instant escalatedAt, Duration pausedWorkingTime, BusinessCalendar calendar) {
        Objects.requireNonNull(escalatedAt, "escalatedAt");
        Objects.requireNonNull(pausedWorkingTime, "pausedWorkingTime");
        Objects.requireNonNull(calendar, "calendar");
        if (pausedWorkingTime.isNegative()) {
            throw new IllegalArgumentException("pausedWorkingTime must not be negative: " + pausedWorkingTime);
        }
        return new SlaDueTimes(calendar.plus(escalatedAt, firstResponse.plus(pausedWorkingTime)),
                calendar.plus(escalatedAt, resolution.plus(pausedWorkingTime)));
    }

    private static void requirePositive(Duration value, String field) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(field + " must be positive: " + value);
        }
    }
}
