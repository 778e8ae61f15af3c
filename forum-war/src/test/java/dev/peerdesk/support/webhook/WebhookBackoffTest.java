package dev.peerdesk.support.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookBackoffTest {

    private static final Instant FAILED_AT = Instant.parse("2026-11-22T14:05:00Z");

    @ParameterizedTest
    @CsvSource({
            "1, PT10S", "2, PT30S", "3, PT2M", "4, PT10M", "5, PT30M",
            "6, PT1H", "7, PT2H", "8, PT4H", "9, PT8H", "10, PT8H", "11, PT8H", "50, PT8H",
    })
    void retriesStartQuicklyAndSpreadOutUpToTheCap(int failedAttempts, Duration delay) {
        assertThat(WebhookBackoff.delayAfter(failedAttempts)).isEqualTo(delay);
    }

    @Test
    void delaysNeverShrink() {
        for (int n = 2; n <= WebhookBackoff.MAX_ATTEMPTS; n++) {
            assertThat(WebhookBackoff.delayAfter(n)).isGreaterThanOrEqualTo(WebhookBackoff.delayAfter(n - 1));
        }
    }

    @Test
    void aFailedAttemptIsTriedAgainAfterItsDelay() {
        assertThat(WebhookBackoff.nextAttempt(1, FAILED_AT)).contains(FAILED_AT.plusSeconds(10));
        assertThat(WebhookBackoff.nextAttempt(3, FAILED_AT)).contains(FAILED_AT.plus(Duration.ofMinutes(2)));
        assertThat(WebhookBackoff.nextAttempt(WebhookBackoff.MAX_ATTEMPTS - 1, FAILED_AT))
                .contains(FAILED_AT.plus(Duration.ofHours(8)));
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 13, 100})
    void deliveryGivesUpOnceTheLastAttemptFailed(int attempts) {
        assertThat(WebhookBackoff.MAX_ATTEMPTS).isEqualTo(12);
        assertThat(WebhookBackoff.nextAttempt(attempts, FAILED_AT)).isEmpty();
    }

    @Test
    void aReceiverDownForADayStillGetsItsEvents() {
        Duration waited = Duration.ZERO;
        for (int failed = 1; failed < WebhookBackoff.MAX_ATTEMPTS; failed++) {
            waited = waited.plus(WebhookBackoff.delayAfter(failed));
        }
        assertThat(waited).isGreaterThan(Duration.ofHours(24)).isLessThan(Duration.ofHours(48));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void thereIsNoDelayBeforeAnyAttemptFailed(int failedAttempts) {
        assertThatThrownBy(() -> WebhookBackoff.delayAfter(failedAttempts)).isInstanceOf(IllegalArgumentException.class);
    }
}
