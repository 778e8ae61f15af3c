package dev.peerdesk.reputation;

import dev.peerdesk.reputation.ReputationRules.Overrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ReputationRulesTest {

    private static final ReputationRules DEFAULTS = ReputationRules.defaults();

    @ParameterizedTest
    @CsvSource({
            "QUESTION_UPVOTED, 10",
            "ANSWER_UPVOTED,   10",
            "DOWNVOTED,        -2",
            "DOWNVOTE_CAST,    -1",
            "ANSWER_ACCEPTED,  15",
            "ACCEPTED_ANSWER,   2",
            "SPAM_PENALTY,   -100"})
    void defaultPointsAreTheSpecNumbers(ReputationReason reason, int points) {
        assertThat(DEFAULTS.points(reason)).isEqualTo(points);
    }

    @ParameterizedTest
    @CsvSource({
            "VOTE_UP,      15",
            "FLAG,         15",
            "COMMENT,      50",
            "VOTE_DOWN,   125",
            "CREATE_TAG,  300",
            "REVIEW,      500",
            "EDIT,       1000",
            "CLOSE_VOTE, 1500"})
    void defaultThresholdsAreTheSpecNumbers(Privilege privilege, int threshold) {
        assertThat(DEFAULTS.threshold(privilege)).isEqualTo(threshold);
    }

    @Test
    void defaultCapFloorAndSerialVotingAreTheSpecNumbers() {
        assertThat(DEFAULTS.dailyCap()).isEqualTo(200);
        assertThat(DEFAULTS.floor()).isEqualTo(1);
        assertThat(DEFAULTS.serialVoteThreshold()).isEqualTo(10);
        assertThat(DEFAULTS.serialVoteWindow()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aReversalHasNoPointsOfItsOwn() {
        assertThat(DEFAULTS.points()).doesNotContainKey(ReputationReason.REVERSAL);
        assertThatThrownBy(() -> DEFAULTS.points(ReputationReason.REVERSAL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overridesChangeOnlyWhatTheySend() {
        ReputationRules changed = DEFAULTS.with(new Overrides(
                Map.of(ReputationReason.ANSWER_UPVOTED, 5), 100, null,
                Map.of(Privilege.EDIT, 2000), null, null));

        assertThat(changed.points(ReputationReason.ANSWER_UPVOTED)).isEqualTo(5);
        assertThat(changed.points(ReputationReason.QUESTION_UPVOTED)).isEqualTo(10);
        assertThat(changed.dailyCap()).isEqualTo(100);
        assertThat(changed.threshold(Privilege.EDIT)).isEqualTo(2000);
        assertThat(changed.threshold(Privilege.CLOSE_VOTE)).isEqualTo(1500);
        assertThat(changed.floor()).isEqualTo(DEFAULTS.floor());
        assertThat(changed.serialVoteThreshold()).isEqualTo(DEFAULTS.serialVoteThreshold());
        assertThat(DEFAULTS.dailyCap()).as("the original is untouched").isEqualTo(200);
    }

    @Test
    void noOverridesGiveEqualRules() {
        assertThat(DEFAULTS.with(Overrides.none())).isEqualTo(DEFAULTS);
    }

    static Stream<Arguments> invalidOverrides() {
        return Stream.of(
                arguments(new Overrides(null, -1, null, null, null, null), "dailyCap"),
                arguments(new Overrides(null, null, 0, null, null, null), "floor"),
                arguments(new Overrides(null, null, null, Map.of(Privilege.EDIT, 0), null, null), "privileges.EDIT"),
                arguments(new Overrides(null, null, null, null, 1, null), "serialVoteThreshold"),
                arguments(new Overrides(null, null, null, null, null, Duration.ZERO), "serialVoteWindow"),
                arguments(new Overrides(Map.of(ReputationReason.DOWNVOTED, 2), null, null, null, null, null),
                        "points.DOWNVOTED"),
                arguments(new Overrides(Map.of(ReputationReason.QUESTION_UPVOTED, -1), null, null, null, null, null),
                        "points.QUESTION_UPVOTED"),
                arguments(new Overrides(Map.of(ReputationReason.REVERSAL, 3), null, null, null, null, null),
                        "points.REVERSAL"));
    }

    @ParameterizedTest
    @MethodSource("invalidOverrides")
    void invalidRulesAreRefusedNamingTheField(Overrides overrides, String field) {
        assertThatThrownBy(() -> DEFAULTS.with(overrides))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(field + " ");
    }

    @Test
    void rulesCannotBeChangedThroughTheirMaps() {
        assertThatThrownBy(() -> DEFAULTS.points().put(ReputationReason.ANSWER_UPVOTED, 1000))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DEFAULTS.privileges().put(Privilege.EDIT, 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
