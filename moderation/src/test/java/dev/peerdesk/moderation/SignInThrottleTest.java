package dev.peerdesk.moderation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @ParameterizedTest(name = "{0} failures, last {1} s ago, limit {2} → wait {3} s")
    @CsvSource({
            // below the limit: always allowed (wait 0)
            "0,  0,   10, 0",
            "9,  0,   10, 0",
            // at the limit: 30 s after the last failure
            "10, 0,   10, 30",
            "10, 10,  10, 20",
            "10, 30,  10, 0",
            // each further failure doubles the delay …
            "11, 0,   10, 60",
            "12, 0,   10, 120",
            "13, 100, 10, 140",
            // … up to the window (15 min), never more
            "15, 0,   10, 900",
            "40, 0,   10, 900",
            "40, 900, 10, 0",
    })
    void delaysGrowBeyondTheLimitAndNeverExceedTheWindow(int failures, int secondsAgo, int limit, int expectedWait) {
        RateLimit.Decision decision = SignInThrottle.check(failures, NOW.minusSeconds(secondsAgo), limit, NOW);
        if (expectedWait == 0) {
            assertThat(decision).isInstanceOf(RateLimit.Allowed.class);
        } else {
            assertThat(decision).isInstanceOfSatisfying(RateLimit.Limited.class,
                    l -> assertThat(l.retryAfter()).isEqualTo(Duration.ofSeconds(expectedWait)));
        }
    }

    @Test
    void noFailuresMeansNoDelay() {
        assertThat(SignInThrottle.check(0, null, 1, NOW)).isInstanceOf(RateLimit.Allowed.class);
    }

    @ParameterizedTest(name = "{0} registrations, oldest {1} min ago, limit {2} → wait {3} s")
    @CsvSource({
            "0,  0,  20, 0",
            "19, 10, 20, 0",
            "20, 10, 20, 3000",
            "20, 59, 20, 60",
            "25, 60, 20, 1",
    })
    void registrationsFreeUpAsTheOldestTurnsAnHourOld(int count, int oldestMinutesAgo, int limit, int expectedWait) {
        RateLimit.Decision decision = SignInThrottle.checkRegistration(count, NOW.minus(Duration.ofMinutes(oldestMinutesAgo)),
                limit, NOW);
        if (expectedWait == 0) {
            assertThat(decision).isInstanceOf(RateLimit.Allowed.class);
        } else {
            assertThat(decision).isInstanceOfSatisfying(RateLimit.Limited.class,
                    l -> assertThat(l.retryAfterSeconds()).isEqualTo(expectedWait));
        }
    }
}
