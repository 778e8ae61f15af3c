package dev.peerdesk.support.entity;

import dev.peerdesk.support.policy.BusinessCalendar;
import dev.peerdesk.support.policy.BusinessHours;
import dev.peerdesk.support.policy.EscalationReason;
import dev.peerdesk.support.policy.Priority;
import dev.peerdesk.support.policy.SlaTarget;
import dev.peerdesk.support.policy.SlaTargets;
import dev.peerdesk.support.policy.TicketStatus;
import dev.peerdesk.user.entity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketTest {

    private static final Instant ESCALATED = Instant.parse("2026-03-03T10:00:00Z");
    private static final SlaTargets SPEC = SlaTargets.defaults();
    private static final BusinessCalendar ALWAYS = BusinessCalendar.ALWAYS;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessHours OFFICE = BusinessHours.weekdays(BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0));

    private static Ticket ticket(Priority priority) {
        return new Ticket(1L, 2L, EscalationReason.UNANSWERED, priority, ESCALATED, SPEC, ALWAYS);
    }

    private static Instant at(Duration afterEscalation) {
        return ESCALATED.plus(afterEscalation);
    }

    /** An agent as the database gives it back: with its id. */
    private static User agent(long id) {
        User user = new User("agent" + id + "@peerdesk.test", "Agent " + id, "hash", ESCALATED);
        try {
            Field field = User.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(user, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return user;
    }

    /** SPEC's table with one priority's targets replaced. */
    private static SlaTargets tableWith(Priority priority, Duration firstResponse, Duration resolution) {
        Map<Priority, SlaTarget> targets = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            targets.put(p, p == priority ? new SlaTarget(firstResponse, resolution) : SPEC.of(p));
        }
        return SlaTargets.of(targets);
    }

    // --- due times -------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}: first response {1}, resolution {2}")
    @CsvSource({"URGENT, PT1H, PT8H", "HIGH, PT4H, PT24H", "NORMAL, PT8H, PT72H", "LOW, PT24H, PT120H"})
    void aNewTicketIsDueByItsPrioritysTargetsCountedFromEscalation(Priority priority, Duration firstResponse,
                                                                   Duration resolution) {
        Ticket ticket = ticket(priority);

        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.firstResponseDueAt()).isEqualTo(at(firstResponse));
        assertThat(ticket.resolutionDueAt()).isEqualTo(at(resolution));
        assertThat(ticket.slaDueAt()).as("the deadline that matters first").isEqualTo(at(firstResponse));
        assertThat(ticket.slaTarget()).isEqualTo(new SlaTarget(firstResponse, resolution));
    }

    @Test
    void aNewTicketTakesItsTargetsFromTheSlaTableItIsEscalatedWith() {
        SlaTargets changed = tableWith(Priority.NORMAL, Duration.ofMinutes(30), Duration.ofHours(10));

        Ticket ticket = new Ticket(1L, 2L, EscalationReason.STAFF, Priority.NORMAL, ESCALATED, changed, ALWAYS);

        assertThat(ticket.firstResponseDueAt()).isEqualTo(at(Duration.ofMinutes(30)));
        assertThat(ticket.resolutionDueAt()).isEqualTo(at(Duration.ofHours(10)));
    }

    @Test
    void aNewTicketsDueTimesCountOnlyBusinessTime() {
        Instant fridayAfternoon = LocalDateTime.parse("2026-03-06T15:00").atZone(BERLIN).toInstant();

        Ticket ticket = new Ticket(1L, 2L, EscalationReason.STAFF, Priority.HIGH, fridayAfternoon, SPEC, OFFICE);

        // 4 business hours: Friday 15-17, Monday 9-11
        assertThat(ticket.firstResponseDueAt().atZone(BERLIN).toLocalDateTime()).isEqualTo("2026-03-09T11:00");
    }

    // --- SLA pause accounting ----------------------------------------------------------------------

    @Test
    void pendingPausesTheClockAndResumingMovesBothDueTimesByThePausedTime() {
        Ticket ticket = ticket(Priority.NORMAL);
        ticket.moveTo(TicketStatus.OPEN, at(Duration.ofHours(1)), ALWAYS);
        ticket.moveTo(TicketStatus.PENDING, at(Duration.ofHours(2)), ALWAYS);

        assertThat(ticket.pausedAt()).isEqualTo(at(Duration.ofHours(2)));
        assertThat(ticket.resolutionDueAt()).as("unchanged while paused").isEqualTo(at(Duration.ofHours(72)));

        ticket.moveTo(TicketStatus.OPEN, at(Duration.ofHours(7)), ALWAYS);

        assertThat(ticket.pausedAt()).isNull();
        assertThat(ticket.firstResponseDueAt()).isEqualTo(at(Duration.ofHours(8 + 5)));
        assertThat(ticket.resolutionDueAt()).isEqualTo(at(Duration.ofHours(72 + 5)));
    }

    @Test
    void everyPauseAddsUp() {
        Ticket ticket = ticket(Priority.HIGH);
        ticket.moveTo(TicketStatus.OPEN, at(Duration.ZERO), ALWAYS);
        ticket.moveTo(TicketStatus.PENDING, at(Duration.ofHours(1)), ALWAYS);
        ticket.moveTo(TicketStatus.OPEN, at(Duration.ofHours(3)), ALWAYS);
        ticket.moveTo(TicketStatus.PENDING, at(Duration.ofHours(4)), ALWAYS);
        ticket.moveTo(TicketStatus.OPEN, at(Duration.ofHours(7)), ALWAYS);

        assertThat(ticket.resolutionDueAt()).isEqualTo(at(Duration.ofHours(24 + 2 + 3)));
    }

    @Test
    void solvingAPendingTicketEndsThePauseAndAddsItToTheDueTimes() {
        Ticket ticket = ticket(Priority.URGENT);
        ticket.moveTo(TicketStatus.OPEN, at(Duration.ZERO), ALWAYS);
        ticket.moveTo(TicketStatus.PENDING, at(Duration.ofHours(1)), ALWAYS);

        ticket.solve(Ticket.Resolution.SUPPORT, at(Duration.ofHours(10)), ALWAYS);

        assertThat(ticket.status()).isEqualTo(TicketStatus.SOLVED);
        assertThat(ticket.solvedAt()).isEqualTo(at(Duration.ofHours(10)));
        assertThat(ticket.resolutionDueAt()).isEqualTo(at(Duration.ofHours(8 + 9)));
        assertThat(ticket.resolutionBreached(at(Duration.ofHours(100)))).as("solved within 8 h of working time").isFalse();
    }

    @Test
    void timePendingOutsideBusinessHoursDoesNotMoveTheDueTimes() {
        Instant fridayAfternoon = LocalDateTime.parse("2026-03-06T15:00").atZone(BERLIN).toInstant();
        Ticket ticket = new Ticket(1L, 2L, EscalationReason.STAFF, Priority.NORMAL, fridayAfternoon, SPEC, OFFICE);
        Instant resolutionDue = ticket.resolutionDueAt();
        ticket.moveTo(TicketStatus.OPEN, fridayAfternoon, OFFICE);

        // pending from Friday 17:00 to Monday 09:00: no business time passes
        ticket.moveTo(TicketStatus.PENDING, LocalDateTime.parse("2026-03-06T17:00").atZone(BERLIN).toInstant(), OFFICE);
        ticket.moveTo(TicketStatus.OPEN, LocalDateTime.parse("2026-03-09T09:00").atZone(BERLIN).toInstant(), OFFICE);

        assertThat(ticket.resolutionDueAt()).isEqualTo(resolutionDue);
    }

    @Test
    void aResumedTicketKeepsTheTargetsItWasEscalatedWith() {
        SlaTargets atEscalation = tableWith(Priority.NORMAL, Duration.ofHours(2), Duration.ofHours(20));
        Ticket ticket = new Ticket(1L, 2L, EscalationReason.STAFF, Priority.NORMAL, ESCALATED, atEscalation, ALWAYS);
        ticket.moveTo(TicketStatus.OPEN, at(Duration.ZERO), ALWAYS);
        ticket.moveTo(TicketStatus.PENDING, at(Duration.ofHours(1)), ALWAYS);

        // meanwhile the admin goes back to SPEC's table: resuming does not read it
        ticket.moveTo(TicketStatus.OPEN, at(Duration.ofHours(4)), ALWAYS);

        assertThat(ticket.slaTarget()).isEqualTo(new SlaTarget(Duration.ofHours(2), Duration.ofHours(20)));
        assertThat(ticket.resolutionDueAt()).isEqualTo(at(Duration.ofHours(20 + 3)));
    }

    @Test
    void aPriorityChangeTakesThatPrioritysTargetsFromTheTableInForceAndKeepsThePausedTime() {
        Ticket ticket = ticket(Priority.NORMAL);
        ticket.moveTo(TicketStatus.OPEN, at(Duration.ZERO), ALWAYS);
        ticket.moveTo(TicketStatus.PENDING, at(Duration.ofHours(1)), ALWAYS);
        ticket.moveTo(TicketStatus.OPEN, at(Duration.ofHours(3)), ALWAYS);

        ticket.changePriority(Priority.URGENT, tableWith(Priority.URGENT, Duration.ofMinutes(15), Duration.ofHours(4)), ALWAYS);

        assertThat(ticket.priority()).isEqualTo(Priority.URGENT);
        assertThat(ticket.firstResponseDueAt()).isEqualTo(at(Duration.ofMinutes(15 + 120)));
        assertThat(ticket.resolutionDueAt()).isEqualTo(at(Duration.ofHours(4 + 2)));
    }

    @Test
    void aPendingTicketsResolutionIsJudgedAtThePauseNotNow() {
        Ticket ticket = ticket(Priority.URGENT);
        ticket.moveTo(TicketStatus.OPEN, at(Duration.ZERO), ALWAYS);
        ticket.moveTo(TicketStatus.PENDING, at(Duration.ofHours(7)), ALWAYS);

        assertThat(ticket.resolutionBreached(at(Duration.ofHours(30)))).as("the clock stopped at 7 h of 8").isFalse();
    }

    // --- first response ----------------------------------------------------------------------------

    @Test
    void theFirstResponseIsRecordedOnceAndThenTheResolutionIsTheDeadlineThatMatters() {
        Ticket ticket = ticket(Priority.HIGH);
        ticket.moveTo(TicketStatus.OPEN, at(Duration.ZERO), ALWAYS);

        boolean first = ticket.respond(at(Duration.ofHours(2)), ALWAYS);

        assertThat(first).isTrue();
        assertThat(ticket.firstResponseAt()).isEqualTo(at(Duration.ofHours(2)));
        assertThat(ticket.slaDueAt()).isEqualTo(ticket.resolutionDueAt());
        assertThat(ticket.firstResponseBreached(at(Duration.ofHours(100)))).as("answered within 4 h").isFalse();

        ticket.moveTo(TicketStatus.OPEN, at(Duration.ofHours(3)), ALWAYS);
        assertThat(ticket.respond(at(Duration.ofHours(5)), ALWAYS)).as("a second answer").isFalse();
        assertThat(ticket.firstResponseAt()).isEqualTo(at(Duration.ofHours(2)));
    }

    @Test
    void respondingPutsTheTicketOnTheCustomerAndPausesTheClock() {
        Ticket ticket = ticket(Priority.NORMAL);

        ticket.respond(at(Duration.ofHours(1)), ALWAYS);

        assertThat(ticket.status()).isEqualTo(TicketStatus.PENDING);
        assertThat(ticket.pausedAt()).isEqualTo(at(Duration.ofHours(1)));
    }

    @Test
    void aLateFirstResponseIsABreachAndSoIsNoneAfterTheDueTime() {
        Ticket late = ticket(Priority.URGENT);
        late.respond(at(Duration.ofMinutes(61)), ALWAYS);
        Ticket silent = ticket(Priority.URGENT);

        assertThat(late.firstResponseBreached(at(Duration.ofMinutes(61)))).isTrue();
        assertThat(silent.firstResponseBreached(at(Duration.ofMinutes(59)))).isFalse();
        assertThat(silent.firstResponseBreached(at(Duration.ofMinutes(61)))).isTrue();
    }

    @Test
    void respondingToASolvedTicketRecordsTheResponseButLeavesItSolved() {
        Ticket ticket = ticket(Priority.NORMAL);
        ticket.moveTo(TicketStatus.OPEN, at(Duration.ZERO), ALWAYS);
        ticket.solve(Ticket.Resolution.COMMUNITY, at(Duration.ofHours(1)), ALWAYS);

        ticket.respond(at(Duration.ofHours(2)), ALWAYS);

        assertThat(ticket.status()).isEqualTo(TicketStatus.SOLVED);
        assertThat(ticket.resolution()).isEqualTo(Ticket.Resolution.COMMUNITY);
    }

    // --- claim and assignment ------------------------------------------------------------------------

    @Test
    void anUnassignedTicketIsClaimableByAnyAgentAndAnAssignedOneOnlyByItsAgent() {
        Ticket ticket = ticket(Priority.NORMAL);
        User ana = agent(10);
        User bob = agent(11);

        assertThat(ticket.claimableBy(ana)).isTrue();
        assertThat(ticket.claimableBy(bob)).isTrue();

        ticket.assignTo(ana);

        assertThat(ticket.claimableBy(agent(10))).as("the same agent, loaded again").isTrue();
        assertThat(ticket.claimableBy(bob)).isFalse();
    }

    @Test
    void aRoutedTicketStaysNewButBelongsToTheAgentItWasRoutedTo() {
        Ticket ticket = ticket(Priority.NORMAL);

        ticket.route(agent(10));

        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.claimableBy(agent(10))).isTrue();
        assertThat(ticket.claimableBy(agent(11))).as("taking it over is a reassignment").isFalse();
    }

    @Test
    void assigningANewTicketOpensIt() {
        Ticket ticket = ticket(Priority.NORMAL);

        ticket.assignTo(agent(10));

        assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(ticket.assignee().id()).isEqualTo(10L);
    }

    // --- the lifecycle ---------------------------------------------------------------------------------

    @Test
    void movesOutsideTheLifecycleAreRefusedAndChangeNothing() {
        Ticket ticket = ticket(Priority.NORMAL);
        Instant due = ticket.resolutionDueAt();

        assertThatThrownBy(() -> ticket.moveTo(TicketStatus.CLOSED, at(Duration.ofHours(1)), ALWAYS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("NEW").hasMessageContaining("CLOSED");
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.resolutionDueAt()).isEqualTo(due);
    }

    @Test
    void reopeningASolvedTicketForgetsTheSolve() {
        Ticket ticket = ticket(Priority.NORMAL);
        ticket.moveTo(TicketStatus.OPEN, at(Duration.ZERO), ALWAYS);
        ticket.solveByAcceptance(99L, Ticket.Resolution.COMMUNITY, at(Duration.ofHours(1)), ALWAYS);
        assertThat(ticket.solveRound()).isEqualTo(1);

        ticket.moveTo(TicketStatus.OPEN, at(Duration.ofHours(2)), ALWAYS);

        assertThat(ticket.solvedAt()).isNull();
        assertThat(ticket.resolution()).isNull();
        assertThat(ticket.solvedByAnswerId()).isNull();
        assertThat(ticket.solveRound()).as("the next solve can be rated again").isEqualTo(1);
    }

    @Test
    void escalatingAgainStartsFreshWithTheTableInForce() {
        Ticket ticket = ticket(Priority.NORMAL);
        ticket.assignTo(agent(10));
        ticket.respond(at(Duration.ofHours(1)), ALWAYS);
        ticket.moveTo(TicketStatus.SOLVED, at(Duration.ofHours(5)), ALWAYS);
        ticket.moveTo(TicketStatus.CLOSED, at(Duration.ofDays(8)), ALWAYS);
        Instant again = at(Duration.ofDays(9));

        ticket.escalateAgain(EscalationReason.REQUESTED, Priority.HIGH, again,
                tableWith(Priority.HIGH, Duration.ofHours(3), Duration.ofHours(12)), ALWAYS);

        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.assignee()).isNull();
        assertThat(ticket.firstResponseAt()).isNull();
        assertThat(ticket.firstResponseDueAt()).isEqualTo(again.plus(Duration.ofHours(3)));
        assertThat(ticket.resolutionDueAt()).isEqualTo(again.plus(Duration.ofHours(12)));
    }

    @Test
    void anActiveTicketCannotBeEscalatedAgain() {
        Ticket ticket = ticket(Priority.NORMAL);

        assertThatThrownBy(() -> ticket.escalateAgain(EscalationReason.STAFF, Priority.HIGH, at(Duration.ofHours(1)), SPEC, ALWAYS))
                .isInstanceOf(IllegalStateException.class);
    }
}
