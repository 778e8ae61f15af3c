package dev.peerdesk.moderation;

import dev.peerdesk.moderation.RateLimit.Allowed;
import dev.peerdesk.moderation.RateLimit.Limited;
import dev.peerdesk.moderation.ModerationRules.Overrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitTest {

    private static final ModerationRules RULES = ModerationRules.defaults();
    private static final Instant NOW = Instant.parse("2026-11-22T14:00:00Z");

    @ParameterizedTest(name = "{0}: {1} used -> {2} left")
    @CsvSource({
            "VOTE,    0, 29",
            "VOTE,   29,  0",
            "FLAG,    0,  9",
            "FLAG,    9,  0",
            "COMMENT, 0, 19",
            "COMMENT, 19, 0"})
    void actionsWithinTheLimitAreAllowed(RateLimitedAction action, int used, int remaining) {
        assertThat(RateLimit.check(action, used, NOW.minusSeconds(60), NOW, RULES)).isEqualTo(new Allowed(remaining));
    }

    @ParameterizedTest(name = "{0}: {1} used at {2} -> retry after {3}")
    @CsvSource({
            "VOTE, 30, 2026-11-22T14:00:00Z, PT10H",
            "VOTE, 31, 2026-11-22T23:59:30Z, PT30S",
            "VOTE, 30, 2026-11-22T00:00:00Z, PT24H",
            "FLAG, 10, 2026-11-22T18:15:00Z, PT5H45M"})
    void votesAndFlagsResetAtMidnightUtc(RateLimitedAction action, int used, Instant now, Duration retryAfter) {
        assertThat(RateLimit.check(action, used, null, now, RULES)).isEqualTo(new Limited(retryAfter));
    }

    @ParameterizedTest(name = "oldest comment at {0} -> retry after {1}")
    @CsvSource({
            "2026-11-22T13:10:00Z,     PT10M",
            "2026-11-22T13:59:00Z,     PT59M",
            "2026-11-22T13:00:00.500Z, PT1S"})
    void commentsFreeUpWhenTheOldestInTheHourAges(Instant oldest, Duration retryAfter) {
        assertThat(RateLimit.check(RateLimitedAction.COMMENT, 20, oldest, NOW, RULES)).isEqualTo(new Limited(retryAfter));
    }

    @Test
    void withoutTheOldestCommentAFullHourIsAssumed() {
        assertThat(RateLimit.check(RateLimitedAction.COMMENT, 20, null, NOW, RULES))
                .isEqualTo(new Limited(Duration.ofHours(1)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
            "VOTE,    2026-11-22T00:00:00Z",
            "FLAG,    2026-11-22T00:00:00Z",
            "COMMENT, 2026-11-22T13:00:00Z"})
    void windowsAreTheUtcDayOrTheLastHour(RateLimitedAction action, Instant start) {
        assertThat(action.windowStart(NOW)).isEqualTo(start);
    }

    @ParameterizedTest(name = "{0} -> {1} s")
    @CsvSource({"PT10M, 600", "PT0.2S, 1", "PT1.5S, 2", "PT0S, 1"})
    void retryAfterIsWholeSecondsRoundedUp(Duration retryAfter, long seconds) {
        assertThat(new Limited(retryAfter).retryAfterSeconds()).isEqualTo(seconds);
    }

    @Test
    void configuredLimitsApply() {
        ModerationRules rules = RULES.with(new Overrides(null, null, null, null, null, 5, 1, 2));

        assertThat(RateLimit.check(RateLimitedAction.VOTE, 5, null, NOW, rules)).isInstanceOf(Limited.class);
        assertThat(RateLimit.check(RateLimitedAction.FLAG, 1, null, NOW, rules)).isInstanceOf(Limited.class);
        assertThat(RateLimit.check(RateLimitedAction.COMMENT, 1, NOW, NOW, rules)).isEqualTo(new Allowed(0));
    }
}
