package dev.peerdesk.support.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * SLA targets per priority: how much working time staff have for the first response and for the
 * resolution of a ticket. Defaults (SPEC §5): URGENT 1 h / 8 h, HIGH 4 h / 24 h, NORMAL 8 h / 72 h,
 * LOW 24 h / 120 h. Part of the escalation policy, so an admin may change them; for every priority
 * the resolution target is at least the first-response target ({@link SlaTarget}).
 *
 * <p>Targets count from escalation in business time. While a ticket is PENDING (waiting on the
 * customer) the clock is paused; the caller accumulates that paused working time and it is added
 * to the target.
 *
 * @param firstResponse target for the first staff response, for every priority
 * @param resolution    target for solving the ticket, for every priority
 */
public record SlaTargets(Map<Priority, Duration> firstResponse, Map<Priority, Duration> resolution) {

    public SlaTargets {
        firstResponse = completeTable(firstResponse, "firstResponse");
        resolution = completeTable(resolution, "resolution");
        for (Priority priority : Priority.values()) {
            try {
                new SlaTarget(firstResponse.get(priority), resolution.get(priority));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(priority + ": " + e.getMessage(), e);
            }
        }
    }

    /** The targets of a ticket of {@code priority}. */
    public SlaTarget of(Priority priority) {
        Objects.requireNonNull(priority, "priority");
        return new SlaTarget(firstResponse.get(priority), resolution.get(priority));
    }

    /** The table of {@code targets}, which must name every priority. */
    public static SlaTargets of(Map<Priority, SlaTarget> targets) {
        Map<Priority, Duration> firstResponse = new EnumMap<>(Priority.class);
        Map<Priority, Duration> resolution = new EnumMap<>(Priority.class);
        targets.forEach((priority, target) -> {
            firstResponse.put(priority, target.firstResponse());
            resolution.put(priority, target.resolution());
        });
        return new SlaTargets(firstResponse, resolution);
    }

    /** The product defaults. */
    public static SlaTargets defaults() {
        return new SlaTargets(
                Map.of(Priority.URGENT, Duration.ofHours(1), Priority.HIGH, Duration.ofHours(4),
                        Priority.NORMAL, Duration.ofHours(8), Priority.LOW, Duration.ofHours(24)),
                Map.of(Priority.URGENT, Duration.ofHours(8), Priority.HIGH, Duration.ofHours(24),
                        Priority.NORMAL, Duration.ofHours(72), Priority.LOW, Duration.ofHours(120)));
    }

    /**
     * When the targets for a ticket of {@code priority}, escalated at {@code escalatedAt}, fall due:
     * each target plus {@code pausedWorkingTime}, counted in {@code calendar} from escalation.
     */
    public SlaDueTimes dueTimes(Instant escalatedAt, Priority priority, Duration pausedWorkingTime,
                                BusinessCalendar calendar) {
        Objects.requireNonNull(priority, "priority");
        return of(priority).dueTimes(escalatedAt, pausedWorkingTime, calendar);
    }

    // A ticket of any priority must have a target, so a missing entry is a configuration error.
    private static Map<Priority, Duration> completeTable(Map<Priority, Duration> table, String field) {
        if (table == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        Map<Priority, Duration> copy = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            Duration target = table.get(priority);
            if (target == null || target.isZero() || target.isNegative()) {
                throw new IllegalArgumentException(field + " needs a positive target for " + priority + ": " + target);
            }
            copy.put(priority, target);
        }
        return Map.copyOf(copy);
    }
}
