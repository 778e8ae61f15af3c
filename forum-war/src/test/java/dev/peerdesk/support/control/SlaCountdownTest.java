package dev.peerdesk.support.control;

import dev.peerdesk.support.control.SlaCountdown.Deadline;
import dev.peerdesk.support.control.SlaCountdown.Standing;
import dev.peerdesk.support.control.SlaCountdown.State;
import dev.peerdesk.support.policy.TicketStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SlaCountdownTest {

    private static final Instant ESCALATED = Instant.parse("2026-03-07T12:00:00Z");
    private static final Instant FIRST_DUE = ESCALATED.plus(Duration.ofHours(8));
    private static final Instant RESOLUTION_DUE = ESCALATED.plus(Duration.ofHours(72));

    private static Standing at(TicketStatus status, Instant firstResponseAt, Instant solvedAt, Instant now) {
        return SlaCountdown.of(status, FIRST_DUE, firstResponseAt, RESOLUTION_DUE, solvedAt, now);
    }

    @Test
    void theFirstResponseCountsDownUntilThereIsOne() {
        Standing s = at(TicketStatus.OPEN, null, null, FIRST_DUE.minus(Duration.ofMinutes(192)));
        assertThat(s.state()).isEqualTo(State.DUE);
        assertThat(s.which()).isEqualTo(Deadline.FIRST_RESPONSE);
        assertThat(s.text()).isEqualTo("due in 3 h 12 min");
        assertThat(s.breached()).isFalse();
    }

    @Test
    void aMissedFirstResponseIsOverdueAndBreached() {
        Standing s = at(TicketStatus.NEW, null, null, FIRST_DUE.plus(Duration.ofMinutes(25)));
        assertThat(s.state()).isEqualTo(State.OVERDUE);
        assertThat(s.text()).isEqualTo("overdue by 25 min");
        assertThat(s.breached()).isTrue();
    }

    @Test
    void afterTheFirstResponseTheResolutionCounts() {
        Standing s = at(TicketStatus.OPEN, ESCALATED.plus(Duration.ofHours(1)), null, ESCALATED.plus(Duration.ofHours(24)));
        assertThat(s.which()).isEqualTo(Deadline.RESOLUTION);
        assertThat(s.text()).isEqualTo("due in 2 d");
        assertThat(s.breached()).isFalse();
    }

    @Test
    void aLateFirstResponseStaysBreachedWhileTheResolutionIsStillDue() {
        Standing s = at(TicketStatus.OPEN, FIRST_DUE.plusSeconds(60), null, FIRST_DUE.plus(Duration.ofHours(2)));
        assertThat(s.state()).isEqualTo(State.DUE);
        assertThat(s.breached()).isTrue();
    }

    @Test
    void waitingOnTheCustomerPausesTheClock() {
        Standing s = at(TicketStatus.PENDING, ESCALATED.plus(Duration.ofHours(1)), null, RESOLUTION_DUE.plus(Duration.ofDays(3)));
        assertThat(s.state()).isEqualTo(State.PAUSED);
        assertThat(s.text()).isEqualTo("paused");
        assertThat(s.breached()).isFalse();
    }

    @ParameterizedTest(name = "solved {0} after escalation, first response {1}: {2}")
    @CsvSource({
            "PT2H,  PT1H,  met",
            "PT80H, PT1H,  missed",
            "PT20H, PT9H,  missed",
            "PT2H,  ,      met",
            "PT73H, ,      missed",
    })
    void onceSolvedTheSlaWasMetOrMissed(Duration solvedAfter, Duration respondedAfter, String expected) {
        Instant responded = respondedAfter == null ? null : ESCALATED.plus(respondedAfter);
        Standing s = at(TicketStatus.SOLVED, responded, ESCALATED.plus(solvedAfter), ESCALATED.plus(Duration.ofDays(30)));
        assertThat(s.text()).isEqualTo(expected);
        assertThat(s.breached()).isEqualTo(expected.equals("missed"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "PT30S,     less than a minute",
            "PT1M,      1 min",
            "PT59M59S,  59 min",
            "PT1H,      1 h",
            "PT3H12M,   3 h 12 min",
            "P1D,       1 d",
            "P2DT4H30M, 2 d 4 h",
            "-PT25M,    25 min",
    })
    void durationsReadInTheTwoLargestUnits(Duration duration, String text) {
        assertThat(SlaCountdown.format(duration)).isEqualTo(text);
    }
}
