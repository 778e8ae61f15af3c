package dev.peerdesk.support.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlaTargetsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessHours OFFICE = BusinessHours.weekdays(BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0));
    private static final Instant ESCALATED = Instant.parse("2026-03-06T14:00:00Z");
    private static final SlaTargets DEFAULTS = SlaTargets.defaults();

    @ParameterizedTest(name = "{0}: first response {1}, resolution {2}")
    @CsvSource({
            "URGENT, PT1H,  PT8H",
            "HIGH,   PT4H,  PT24H",
            "NORMAL, PT8H,  PT72H",
            "LOW,    PT24H, PT120H",
    })
    void targetsFollowThePriorityTable(Priority priority, Duration firstResponse, Duration resolution) {
        SlaDueTimes due = DEFAULTS.dueTimes(ESCALATED, priority, Duration.ZERO, BusinessCalendar.ALWAYS);

        assertThat(due.firstResponseDueAt()).isEqualTo(ESCALATED.plus(firstResponse));
        assertThat(due.resolutionDueAt()).isEqualTo(ESCALATED.plus(resolution));
    }

    @ParameterizedTest(name = "{0} escalated Friday 15:00: first response {1}, resolution {2}")
    @CsvSource({
            "URGENT, 2026-03-06T16:00, 2026-03-09T15:00",
            "HIGH,   2026-03-09T11:00, 2026-03-11T15:00",
            "NORMAL, 2026-03-09T15:00, 2026-03-19T15:00",
            "LOW,    2026-03-11T15:00, 2026-03-27T15:00",
    })
    void targetsCountBusinessTimeFromEscalation(Priority priority, LocalDateTime firstResponse, LocalDateTime resolution) {
        Instant fridayAfternoon = LocalDateTime.parse("2026-03-06T15:00").atZone(BERLIN).toInstant();

        SlaDueTimes due = DEFAULTS.dueTimes(fridayAfternoon, priority, Duration.ZERO, OFFICE);

        assertThat(due.firstResponseDueAt().atZone(BERLIN).toLocalDateTime()).isEqualTo(firstResponse);
        assertThat(due.resolutionDueAt().atZone(BERLIN).toLocalDateTime()).isEqualTo(resolution);
    }

    @Test
    void timeSpentPendingPushesBothTargetsBack() {
        SlaDueTimes due = DEFAULTS.dueTimes(ESCALATED, Priority.NORMAL, Duration.ofHours(3), BusinessCalendar.ALWAYS);

        assertThat(due.firstResponseDueAt()).isEqualTo(ESCALATED.plus(Duration.ofHours(11)));
        assertThat(due.resolutionDueAt()).isEqualTo(ESCALATED.plus(Duration.ofHours(75)));
    }

    @Test
    void pausedWorkingTimeIsAddedInBusinessTime() {
        Instant fridayAfternoon = LocalDateTime.parse("2026-03-06T15:00").atZone(BERLIN).toInstant();

        // HIGH first response: 4 h + 2 h paused = 6 h of business time: Friday 15-17, Monday 9-13.
        SlaDueTimes due = DEFAULTS.dueTimes(fridayAfternoon, Priority.HIGH, Duration.ofHours(2), OFFICE);

        assertThat(due.firstResponseDueAt().atZone(BERLIN).toLocalDateTime()).isEqualTo("2026-03-09T13:00");
        assertThat(due.resolutionDueAt().atZone(BERLIN).toLocalDateTime()).isEqualTo("2026-03-11T17:00");
    }

    @Test
    void everyPriorityNeedsAPositiveTargetAndPausedTimeCannotBeNegative() {
        Map<Priority, Duration> missingLow = new EnumMap<>(DEFAULTS.firstResponse());
        missingLow.remove(Priority.LOW);
        Map<Priority, Duration> zeroUrgent = new EnumMap<>(DEFAULTS.resolution());
        zeroUrgent.put(Priority.URGENT, Duration.ZERO);

        assertThatThrownBy(() -> new SlaTargets(missingLow, DEFAULTS.resolution()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstResponse").hasMessageContaining("LOW");
        assertThatThrownBy(() -> new SlaTargets(DEFAULTS.firstResponse(), zeroUrgent))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolution").hasMessageContaining("URGENT");
        assertThatThrownBy(() -> new SlaTargets(null, DEFAULTS.resolution()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstResponse");
        assertThatThrownBy(() -> DEFAULTS.dueTimes(ESCALATED, Priority.LOW, Duration.ofHours(-1), BusinessCalendar.ALWAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pausedWorkingTime");
    }

    @Test
    void theResolutionTargetMayNotBeShorterThanTheFirstResponseTarget() {
        Map<Priority, Duration> shortResolution = new EnumMap<>(DEFAULTS.resolution());
        shortResolution.put(Priority.HIGH, Duration.ofHours(3));

        assertThatThrownBy(() -> new SlaTargets(DEFAULTS.firstResponse(), shortResolution))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HIGH").hasMessageContaining("shorter");
        assertThatThrownBy(() -> new SlaTarget(Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SlaTarget(Duration.ofHours(2), Duration.ofHours(2)).resolution()).as("equal is fine")
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aTableBuiltPerPriorityGivesEachPriorityItsTargets() {
        Map<Priority, SlaTarget> targets = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            targets.put(priority, new SlaTarget(Duration.ofMinutes(10 + priority.ordinal()), Duration.ofHours(1)));
        }

        SlaTargets table = SlaTargets.of(targets);

        assertThat(table.of(Priority.URGENT)).isEqualTo(new SlaTarget(Duration.ofMinutes(13), Duration.ofHours(1)));
        assertThat(table.dueTimes(ESCALATED, Priority.LOW, Duration.ZERO, BusinessCalendar.ALWAYS).firstResponseDueAt())
                .isEqualTo(ESCALATED.plus(Duration.ofMinutes(10)));
        targets.remove(Priority.LOW);
        assertThatThrownBy(() -> SlaTargets.of(targets)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LOW");
    }
}
