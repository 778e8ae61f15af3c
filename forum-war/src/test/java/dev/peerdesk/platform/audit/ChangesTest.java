package dev.peerdesk.platform.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChangesTest {

    record Rules(Integer hideAfterFlags, Integer votesPerDay, Map<String, Integer> points) {
    }

    @Test
    void onlyWhatChangedIsWrittenInWords() {
        assertThat(Changes.between(new Rules(3, 30, Map.of("ANSWER_ACCEPTED", 15, "DOWNVOTED", -2)),
                new Rules(4, 30, Map.of("ANSWER_ACCEPTED", 20, "DOWNVOTED", -2))))
                .isEqualTo("Hide after flags: 3 → 4; Points, answer accepted: 15 → 20");
        assertThat(Changes.between(new Rules(3, 30, Map.of()), new Rules(3, 30, Map.of()))).isEqualTo("no change");
    }

    @Test
    void singleSettingsShowNoneForEmpty() {
        assertThat(Changes.of("Roles", List.of(), List.of("AGENT", "MODERATOR"))).isEqualTo("Roles: none → AGENT, MODERATOR");
        assertThat(Changes.of("Plan", "FREE", "PREMIUM")).isEqualTo("Plan: FREE → PREMIUM");
        assertThat(Changes.of("Plan", "FREE", "FREE")).isEqualTo("Plan: FREE → FREE (unchanged)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "RulesDto[hideAfterFlags=4, deleteAfterFlags=null, newUserQuestionInterval=null]|Hide after flags → 4",
            "RulesDto[points={ANSWER_ACCEPTED=20, DOWNVOTED=-2}, dailyCap=null]|Points → {ANSWER_ACCEPTED=20, DOWNVOTED=-2}",
            "RulesDto[hideAfterFlags=null]|no change",
            "until 2026-12-01T00:00:00Z: spam|until 2026-12-01T00:00:00Z: spam"})
    void oldEntriesWithJavaTextAreShownAsTheSettingsSent(String stored, String shown) {
        assertThat(Changes.readable(stored)).isEqualTo(shown);
    }
}
