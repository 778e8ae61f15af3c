package dev.peerdesk.support.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The asker's "still need help": what it does, and when the question page offers it (exactly when
 * the request would change something).
 */
class StillNeedHelpTest {

    private static final Instant ASKED = Instant.parse("2026-03-02T09:00:00Z");
    private static final SupportWindows WINDOWS = SupportWindows.defaults();
    private static final EscalationPolicy POLICY = EscalationPolicy.defaults();

    @ParameterizedTest(name = "not escalated, {0} after asking, {1}: {2}")
    @CsvSource({
            "PT59M,  open,            , an hour after asking",
            "PT1H,   open,            ESCALATE,",
            "P3D,    open,            ESCALATE,",
            "P3D,    accepted,        ESCALATE,",
            "P3D,    closed,          , the question is closed",
            "P3D,    locked,          , the question is locked",
            "P3D,    hidden,          , the question is hidden",
            "P3D,    asked by staff,  , the question was asked by staff",
    })
    void anUnescalatedQuestionIsEscalatedOnceItIsAnHourOldUnlessItMayNeverBe(Duration age, String state,
                                                                          StillNeedHelp.Step step, String refusal) {
        assertOutcome(StillNeedHelp.of(facts(state), null, null, ASKED.plus(age), WINDOWS, POLICY), step, refusal);
    }

    @ParameterizedTest(name = "ticket {0}, solved {1} ago, {2}: {3}")
    @CsvSource({
            "NEW,     ,      open,     NOTHING,",
            "OPEN,    ,      open,     NOTHING,",
            "PENDING, ,      open,     BACK_TO_SUPPORT,",
            "SOLVED,  P1D,   accepted, REOPEN,",
            "SOLVED,  P1D,   open,     REOPEN,",
            "SOLVED,  P7D,   open,     ESCALATE_AGAIN,",
            "SOLVED,  P7D,   accepted, , solved more than 7 days ago",
            "CLOSED,  P8D,   open,     ESCALATE_AGAIN,",
            "CLOSED,  P8D,   accepted, , ticket is closed",
            "CLOSED,  P8D,   locked,   , the question is locked",
    })
    void anEscalatedQuestionGoesBackToSupportIsReopenedOrStartsOverWhenUnsolved(TicketStatus ticket,
                                                                                Duration sinceSolved, String state,
                                                                                StillNeedHelp.Step step,
                                                                                String refusal) {
        Instant now = ASKED.plus(Duration.ofDays(20));
        Instant solvedAt = sinceSolved == null ? null : now.minus(sinceSolved);
        assertOutcome(StillNeedHelp.of(facts(state), ticket, solvedAt, now, WINDOWS, POLICY), step, refusal);
    }

    @ParameterizedTest(name = "{0}, solved {1} ago: past reopening {2}")
    @CsvSource({
            "OPEN,    ,     false",
            "PENDING, ,     false",
            "SOLVED,  P6D,  false",
            "SOLVED,  P7D,  true",
            "CLOSED,  P8D,  true",
    })
    void aTicketIsPastReopeningOnceClosedOrSolvedSevenDaysAgo(TicketStatus ticket, Duration sinceSolved,
                                                             boolean past) {
        Instant now = ASKED.plus(Duration.ofDays(20));
        assertThat(StillNeedHelp.pastReopening(ticket, sinceSolved == null ? null : now.minus(sinceSolved), now,
                WINDOWS)).isEqualTo(past);
    }

    private static void assertOutcome(StillNeedHelp.Outcome outcome, StillNeedHelp.Step step, String refusal) {
        assertThat(outcome.step()).isEqualTo(step);
        if (refusal == null) {
            assertThat(outcome.refusal()).isNull();
        } else {
            assertThat(outcome.refusal()).contains(refusal);
        }
        assertThat(outcome.mayAskForHelp()).as("the page offers it").isEqualTo(step != null && step != StillNeedHelp.Step.NOTHING);
    }

    private static QuestionFacts facts(String state) {
        return new QuestionFacts(ASKED, "FREE", List.of("export"), state.equals("asked by staff"),
                state.equals("closed"), state.equals("locked"), false, state.equals("hidden"), true,
                state.equals("accepted"));
    }
}
