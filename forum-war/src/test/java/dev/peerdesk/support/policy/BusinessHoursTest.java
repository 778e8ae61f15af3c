package dev.peerdesk.support.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday to Friday, 09:00–17:00 in Berlin. */
    private static final BusinessHours OFFICE = BusinessHours.weekdays(BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0));

    private static Instant berlin(LocalDateTime local) {
        return local.atZone(BERLIN).toInstant();
    }

    private static LocalDateTime inBerlin(Instant instant) {
        return instant.atZone(BERLIN).toLocalDateTime();
    }

    private static BusinessHours everyDay(ZoneId zone, LocalTime start, LocalTime end) {
        return new BusinessHours(zone, EnumSet.allOf(DayOfWeek.class), start, end, Set.of());
    }

    @ParameterizedTest(name = "{0}: {1} + {2} = {3}")
    @CsvSource({
            "within a day,                    2026-03-03T10:00, PT3H,    2026-03-03T13:00",
            "up to closing time,              2026-03-03T16:00, PT1H,    2026-03-03T17:00",
            "across a night,                  2026-03-03T16:00, PT2H,    2026-03-04T10:00",
            "across a weekend,                2026-03-06T16:00, PT2H,    2026-03-09T10:00",
            "Saturday start waits for Monday, 2026-03-07T12:00, PT1H,    2026-03-09T10:00",
            "before opening waits,            2026-03-09T07:30, PT1H,    2026-03-09T10:00",
            "after closing waits,             2026-03-09T18:00, PT1H,    2026-03-10T10:00",
            "minutes,                         2026-03-09T16:45, PT30M,   2026-03-10T09:15",
            "a working week,                  2026-03-09T09:00, PT40H,   2026-03-13T17:00",
            "three working weeks,             2026-03-09T09:00, PT120H,  2026-03-27T17:00",
    })
    void plusCountsOnlyOpenHoursOfWorkingDays(String rule, LocalDateTime from, Duration workingTime, LocalDateTime expected) {
        assertThat(inBerlin(OFFICE.plus(berlin(from), workingTime))).isEqualTo(expected);
    }

    @Test
    void zeroWorkingTimeIsTheStartItselfEvenOutsideHours() {
        Instant saturday = berlin(LocalDateTime.parse("2026-03-07T12:00"));
        assertThat(OFFICE.plus(saturday, Duration.ZERO)).isEqualTo(saturday);
    }

    @Test
    void holidaysDoNotCount() {
        BusinessHours christmas = OFFICE.withHolidays(Set.of(LocalDate.parse("2026-12-25")));
        Instant thursdayAfternoon = berlin(LocalDateTime.parse("2026-12-24T16:00"));

        assertThat(inBerlin(christmas.plus(thursdayAfternoon, Duration.ofHours(2))))
                .isEqualTo("2026-12-28T10:00");
        assertThat(inBerlin(christmas.plus(berlin(LocalDateTime.parse("2026-12-25T10:00")), Duration.ofHours(1))))
                .isEqualTo("2026-12-28T10:00");
        assertThat(christmas.between(thursdayAfternoon, berlin(LocalDateTime.parse("2026-12-28T10:00"))))
                .isEqualTo(Duration.ofHours(2));
        // Without the holiday, the Friday counts.
        assertThat(inBerlin(OFFICE.plus(thursdayAfternoon, Duration.ofHours(2)))).isEqualTo("2026-12-25T10:00");
    }

    @ParameterizedTest(name = "{0}: [{1}, {2}) = {3}")
    @CsvSource({
            "empty range,             2026-03-03T10:00, 2026-03-03T10:00, PT0S",
            "reversed range,          2026-03-03T12:00, 2026-03-03T10:00, PT0S",
            "within a day,            2026-03-03T10:00, 2026-03-03T12:30, PT2H30M",
            "across a night,          2026-03-03T16:00, 2026-03-04T10:00, PT2H",
            "across a weekend,        2026-03-06T16:00, 2026-03-09T10:00, PT2H",
            "only the weekend,        2026-03-07T00:00, 2026-03-09T00:00, PT0S",
            "only the night,          2026-03-03T17:00, 2026-03-04T09:00, PT0S",
            "a whole calendar week,   2026-03-09T00:00, 2026-03-16T00:00, PT40H",
    })
    void betweenCountsOnlyOpenHoursOfWorkingDays(String rule, LocalDateTime from, LocalDateTime to, Duration expected) {
        assertThat(OFFICE.between(berlin(from), berlin(to))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "between({0}, plus({0}, {1})) = {1}")
    @CsvSource({
            "2026-03-03T10:00, PT1H",
            "2026-03-03T16:59, PT2M",
            "2026-03-06T16:00, PT2H",
            "2026-03-07T12:00, PT9H",
            "2026-03-09T07:30, PT8H",
            "2026-03-27T16:00, PT24H",
            "2026-12-23T11:11, PT120H",
    })
    void betweenIsTheInverseOfPlus(LocalDateTime from, Duration workingTime) {
        BusinessHours calendar = OFFICE.withHolidays(Set.of(LocalDate.parse("2026-12-25")));
        Instant start = berlin(from);
        assertThat(calendar.between(start, calendar.plus(start, workingTime))).isEqualTo(workingTime);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "Europe/Berlin,    2026-03-29",
            "Europe/Berlin,    2026-10-25",
            "America/New_York, 2026-03-08",
            "America/New_York, 2026-11-01",
    })
    void aNineToFiveDayIsEightHoursOnADaylightSavingChange(ZoneId zone, LocalDate changeDay) {
        BusinessHours calendar = everyDay(zone, LocalTime.of(9, 0), LocalTime.of(17, 0));
        Instant midnight = changeDay.atStartOfDay(zone).toInstant();
        Instant nextMidnight = changeDay.plusDays(1).atStartOfDay(zone).toInstant();

        assertThat(calendar.between(midnight, nextMidnight)).isEqualTo(Duration.ofHours(8));
        assertThat(calendar.plus(midnight, Duration.ofHours(8)).atZone(zone).toLocalDateTime())
                .isEqualTo(changeDay.atTime(17, 0));
    }

    @ParameterizedTest(name = "{0} {1}: window {2}, +3h ends {3}")
    @CsvSource({
            "Europe/Berlin,    2026-03-29, PT22H59M, 04:00",
            "Europe/Berlin,    2026-10-25, PT24H59M, 02:00",
            "America/New_York, 2026-03-08, PT22H59M, 04:00",
    })
    void aWindowContainingTheClockChangeCountsTheRealElapsedTime(ZoneId zone, LocalDate changeDay,
                                                                 Duration window, LocalTime threeHoursIn) {
        BusinessHours calendar = everyDay(zone, LocalTime.MIDNIGHT, LocalTime.of(23, 59));
        Instant midnight = changeDay.atStartOfDay(zone).toInstant();

        assertThat(calendar.between(midnight, changeDay.plusDays(1).atStartOfDay(zone).toInstant())).isEqualTo(window);
        Instant afterThreeHours = calendar.plus(midnight, Duration.ofHours(3));
        assertThat(afterThreeHours).isEqualTo(midnight.plus(Duration.ofHours(3)));
        assertThat(afterThreeHours.atZone(zone).toLocalTime()).isEqualTo(threeHoursIn);
    }

    @ParameterizedTest(name = "{0}: Friday {1} 16:00 + 2h = Monday 10:00")
    @CsvSource({
            "Europe/Berlin,    2026-03-27",
            "Europe/Berlin,    2026-10-23",
            "America/New_York, 2026-03-06",
    })
    void openingHoursStayLocalAcrossAWeekendWithADaylightSavingChange(ZoneId zone, LocalDate friday) {
        BusinessHours calendar = BusinessHours.weekdays(zone, LocalTime.of(9, 0), LocalTime.of(17, 0));
        Instant fridayAfternoon = friday.atTime(16, 0).atZone(zone).toInstant();

        Instant due = calendar.plus(fridayAfternoon, Duration.ofHours(2));

        assertThat(due.atZone(zone).toLocalDateTime()).isEqualTo(friday.plusDays(3).atTime(10, 0));
        assertThat(calendar.between(fridayAfternoon, due)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void alwaysCountsEveryInstant() {
        Instant saturday = Instant.parse("2026-03-07T12:00:00Z");
        BusinessCalendar always = BusinessCalendar.ALWAYS;

        assertThat(always.plus(saturday, Duration.ofHours(2))).isEqualTo("2026-03-07T14:00:00Z");
        assertThat(always.plus(saturday, Duration.ZERO)).isEqualTo(saturday);
        assertThat(always.between(saturday, Instant.parse("2026-03-09T12:00:00Z"))).isEqualTo(Duration.ofHours(48));
        assertThat(always.between(saturday, saturday.minusSeconds(1))).isZero();
        assertThatThrownBy(() -> always.plus(saturday, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void negativeWorkingTimeIsRejected() {
        assertThatThrownBy(() -> OFFICE.plus(Instant.parse("2026-03-03T10:00:00Z"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("workingTime");
    }

    @Test
    void aCalendarWithoutWorkingDaysFailsInsteadOfLoopingForever() {
        Set<LocalDate> everyDay = new HashSet<>();
        for (LocalDate day = LocalDate.parse("2026-01-01"); day.getYear() < 2028; day = day.plusDays(1)) {
            everyDay.add(day);
        }
        BusinessHours closed = OFFICE.withHolidays(everyDay);
        Instant from = berlin(LocalDateTime.parse("2026-03-03T10:00"));

        assertThatThrownBy(() -> closed.plus(from, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no working day");
        assertThat(closed.between(from, from.plus(Duration.ofDays(30)))).isZero();
    }

    @Test
    void invalidHoursAreRejectedNamingTheField() {
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        LocalTime nine = LocalTime.of(9, 0);
        LocalTime five = LocalTime.of(17, 0);

        assertThatThrownBy(() -> new BusinessHours(null, weekdays, nine, five, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zone");
        assertThatThrownBy(() -> new BusinessHours(BERLIN, Set.of(), nine, five, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
        assertThatThrownBy(() -> new BusinessHours(BERLIN, null, nine, five, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
        assertThatThrownBy(() -> new BusinessHours(BERLIN, weekdays, null, five, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start");
        assertThatThrownBy(() -> new BusinessHours(BERLIN, weekdays, nine, null, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end");
        assertThatThrownBy(() -> new BusinessHours(BERLIN, weekdays, five, nine, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start");
        assertThatThrownBy(() -> new BusinessHours(BERLIN, weekdays, nine, nine, Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start");
    }

    @Test
    void daysAndHolidaysAreImmutableCopiesAndNullHolidaysMeanNone() {
        Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY);
        BusinessHours hours = new BusinessHours(BERLIN, days, LocalTime.of(9, 0), LocalTime.of(17, 0), null);
        days.add(DayOfWeek.SUNDAY);

        assertThat(hours.holidays()).isEmpty();
        assertThat(hours.days()).containsExactly(DayOfWeek.MONDAY);
        assertThatThrownBy(() -> hours.days().add(DayOfWeek.TUESDAY)).isInstanceOf(UnsupportedOperationException.class);
    }
}
