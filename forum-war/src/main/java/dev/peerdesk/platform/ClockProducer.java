package dev.peerdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one source of "now", injected everywhere so that tests can move time: with
 * {@code FORUM_CLOCK_CONTROL=true} (tests only) an admin may move this node's clock forward through
 * {@code POST /api/v1/admin/clock}, which is how the ITs walk through 7-day windows and SLA breaches
 * without sleeping.
 */
@ApplicationScoped
public class ClockProducer {

    private final MovableClock clock = new MovableClock();

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    /** Moves this node's clock forward; time never goes back, so orderings by time stay true. */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time only moves forward");
        }
        clock.offset.accumulateAndGet(by, Duration::plus);
        return clock.instant();
    }

    /** System UTC time plus the offset, in microsecond ticks (what DATETIME(6) stores). */
    static final class MovableClock extends Clock {

        private final Clock ticks = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
        final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            // not Clock.offset(this, ZERO): that returns this clock itself, so withZone called itself forever
            MovableClock movable = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return movable.withZone(other);
                }

                @Override
                public Instant instant() {
                    return movable.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return ticks.instant().plus(offset.get());
        }
    }
}
