package dev.peerdesk.support.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupportWindowsTest {

    private static final Instant T = Instant.parse("2026-03-07T12:00:00Z");
    private static final SupportWindows WINDOWS = SupportWindows.defaults();

    @ParameterizedTest(name = "{0} after asking: {1}")
    @CsvSource({
            "PT0S,      false",
            "PT59M59S,  false",
            "PT1H,      true",
            "PT1H0.001S, true",
            "P3D,       true",
    })
    void askerMayRequestHelpOnceTheQuestionIsAnHourOld(Duration age, boolean allowed) {
        assertThat(WINDOWS.mayRequestHelp(T, T.plus(age))).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} after solving: {1}")
    @CsvSource({
            "-PT1S,       false",
            "PT0S,        true",
            "P3D,         true",
            "PT167H59M59S, true",
            "P7D,         false",
            "P8D,         false",
    })
    void askerMayReopenWithinSevenDaysOfSolving(Duration sinceSolved, boolean allowed) {
        assertThat(WINDOWS.mayReopen(T, T.plus(sinceSolved))).isEqualTo(allowed);
    }

    @Test
    void solvedTicketsCloseSevenWallClockDaysAfterSolving() {
        assertThat(WINDOWS.closesAt(T)).isEqualTo("2026-03-14T12:00:00Z");
        // The reopen window ends exactly when the ticket closes.
        assertThat(WINDOWS.mayReopen(T, WINDOWS.closesAt(T))).isFalse();
    }

    @Test
    void windowsMustBePositive() {
        assertThatThrownBy(() -> new SupportWindows(Duration.ZERO, Duration.ofDays(7), Duration.ofDays(7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestAllowedAfter");
        assertThatThrownBy(() -> new SupportWindows(Duration.ofHours(1), Duration.ofDays(-7), Duration.ofDays(7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reopenWindow");
        assertThatThrownBy(() -> new SupportWindows(Duration.ofHours(1), Duration.ofDays(7), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("autoCloseAfter");
    }
}
