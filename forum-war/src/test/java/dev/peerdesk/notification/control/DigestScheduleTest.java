package dev.peerdesk.notification.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DigestScheduleTest {

    private static final DigestSchedule AT_SEVEN = new DigestSchedule(7);

    @ParameterizedTest
    @CsvSource({
            "2026-12-02T06:59:59Z, 2026-12-02T07:00:00Z",
            "2026-12-02T07:00:00Z, 2026-12-03T07:00:00Z",
            "2026-12-02T23:30:00Z, 2026-12-03T07:00:00Z"})
    void aNotificationGoesIntoTheNextDigestAfterIt(Instant written, Instant digest) {
        assertThat(AT_SEVEN.nextAfter(written)).isEqualTo(digest);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-12-02T07:00:00Z, 2026-12-02",
            "2026-12-02T06:59:59Z, 2026-12-01",
            "2026-12-02T23:59:59Z, 2026-12-02"})
    void aRunBelongsToThePeriodOfTheLatestDigestHour(Instant now, LocalDate period) {
        assertThat(AT_SEVEN.periodAt(now)).isEqualTo(period);
    }

    @Test
    void theHourIsAnHourOfTheDay() {
        assertThatThrownBy(() -> new DigestSchedule(24)).isInstanceOf(IllegalArgumentException.class);
    }
}
