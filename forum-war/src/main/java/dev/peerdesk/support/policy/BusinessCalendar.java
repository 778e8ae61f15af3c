package dev.peerdesk.support.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Measures working time. Escalation timers and SLA targets are durations of working time, so a
 * calendar turns them into instants ({@link #plus}) and back ({@link #between}).
 */
public interface BusinessCalendar {

    /** Round the clock: every instant is working time, so this is plain instant arithmetic. */
    BusinessCalendar ALWAYS = new BusinessCalendar() {
        @Override
        public Instant plus(Instant from, Duration workingTime) {
            Objects.requireNonNull(from, "from");
            return from.plus(requireNonNegative(workingTime));
        }

        @Override
        public Duration between(Instant from, Instant to) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }

        @Override
        public String toString() {
            return "BusinessCalendar.ALWAYS";
        }
    };

    /**
     * The instant at which {@code workingTime} of working time has elapsed after {@code from}.
     * A zero duration returns {@code from} unchanged, even outside working time.
     *
     * @throws IllegalArgumentException if {@code workingTime} is negative
     */
    Instant plus(Instant from, Duration workingTime);

    /** The working time inside {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    Duration between(Instant from, Instant to);

    private static Duration requireNonNegative(Duration workingTime) {
        Objects.requireNonNull(workingTime, "workingTime");
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("workingTime must not be negative: " + workingTime);
        }
        return workingTime;
    }
}
