package dev.peerdesk.support.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PriorityTest {

    @ParameterizedTest(name = "{0} more urgent than {1}: {2}")
    @CsvSource({
            "URGENT, HIGH,   true",
            "HIGH,   NORMAL, true",
            "NORMAL, LOW,    true",
            "LOW,    URGENT, false",
            "HIGH,   HIGH,   false",
            "LOW,    ,       true",
    })
    void urgencyFollowsLowNormalHighUrgent(Priority priority, Priority other, boolean expected) {
        assertThat(priority.moreUrgentThan(other)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "mostUrgent({0}, {1}) = {2}")
    @CsvSource({
            "LOW,    URGENT, URGENT",
            "URGENT, LOW,    URGENT",
            "NORMAL, HIGH,   HIGH",
            "HIGH,   HIGH,   HIGH",
            ",       LOW,    LOW",
            "NORMAL, ,       NORMAL",
            ",       ,       ",
    })
    void mostUrgentWinsAndNullMeansNoOpinion(Priority a, Priority b, Priority expected) {
        assertThat(Priority.mostUrgent(a, b)).isEqualTo(expected);
    }
}
