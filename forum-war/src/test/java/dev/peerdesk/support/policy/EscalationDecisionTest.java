package dev.peerdesk.support.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EscalationDecisionTest {

    private static final Instant DUE = Instant.parse("2026-03-04T10:00:00Z");

    @ParameterizedTest(name = "now = due {0}: {1}")
    @CsvSource({
            "-PT1S, false",
            "PT0S,  true",
            "PT1S,  true",
    })
    void aDecisionIsDueFromItsInstantOn(Duration offset, boolean due) {
        EscalationDecision decision = new EscalationDecision.DueAt(DUE, EscalationReason.UNANSWERED, Priority.NORMAL);

        assertThat(decision.dueBy(DUE.plus(offset))).isEqualTo(due);
    }

    @Test
    void neverIsNeverDue() {
        assertThat(new EscalationDecision.Never("the question is closed").dueBy(DUE)).isFalse();
    }

    @Test
    void decisionsMustBeComplete() {
        assertThatThrownBy(() -> new EscalationDecision.Never(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EscalationDecision.DueAt(DUE, null, Priority.LOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
