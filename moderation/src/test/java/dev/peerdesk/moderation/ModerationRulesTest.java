package dev.peerdesk.moderation;

import dev.peerdesk.moderation.ModerationRules.Overrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ModerationRulesTest {

    private static final ModerationRules DEFAULTS = ModerationRules.defaults();

    @Test
    void defaultsAreTheSpecNumbers() {
        assertThat(DEFAULTS).isEqualTo(new ModerationRules(3, 6, 10, Duration.parse("PT10M"), 2, 30, 10, 20, 10, 50, 20));
    }

    @Test
    void overridesChangeOnlyWhatTheySend() {
        ModerationRules changed = DEFAULTS.with(
                new Overrides(null, 8, null, Duration.ofMinutes(30), null, null, 5, null));

        assertThat(changed).isEqualTo(new ModerationRules(3, 8, 10, Duration.ofMinutes(30), 2, 30, 5, 20, 10, 50, 20));
    }

    @Test
    void noOverridesGiveEqualRules() {
        assertThat(DEFAULTS.with(Overrides.none())).isEqualTo(DEFAULTS);
    }

    static Stream<Arguments> invalidOverrides() {
        return Stream.of(
                arguments(new Overrides(0, null, null, null, null, null, null, null), "hideAfterFlags"),
                arguments(new Overrides(null, 2, null, null, null, null, null, null), "deleteAfterFlags"),
                arguments(new Overrides(7, null, null, null, null, null, null, null), "deleteAfterFlags"),
                arguments(new Overrides(null, null, 0, null, null, null, null, null), "newUserReputation"),
                arguments(new Overrides(null, null, null, Duration.ofMinutes(-1), null, null, null, null),
                        "newUserQuestionInterval"),
                arguments(new Overrides(null, null, null, null, -1, null, null, null), "maxLinksForNewUsers"),
                arguments(new Overrides(null, null, null, null, null, 0, null, null), "votesPerDay"),
                arguments(new Overrides(null, null, null, null, null, null, 0, null), "flagsPerDay"),
                arguments(new Overrides(null, null, null, null, null, null, null, -5), "commentsPerHour"),
                arguments(new Overrides(null, null, null, null, null, null, null, null, 0, null, null),
                        "signInFailuresPerAccount"),
                arguments(new Overrides(null, null, null, null, null, null, null, null, null, 0, null),
                        "signInFailuresPerAddress"),
                arguments(new Overrides(null, null, null, null, null, null, null, null, null, null, 0),
                        "registrationsPerAddressPerHour"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidOverrides")
    void invalidRulesAreRefusedNamingTheField(Overrides overrides, String field) {
        assertThatThrownBy(() -> DEFAULTS.with(overrides))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(field + " ");
    }

    @Test
    void newUsersMayBeAllowedNoLinksAndNoQuestionInterval() {
        ModerationRules strict = DEFAULTS.with(new Overrides(null, null, null, Duration.ZERO, 0, null, null, null));

        assertThat(strict.maxLinksForNewUsers()).isZero();
        assertThat(strict.newUserQuestionInterval()).isZero();
    }
}
