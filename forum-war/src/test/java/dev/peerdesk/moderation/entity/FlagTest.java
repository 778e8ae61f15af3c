package dev.peerdesk.moderation.entity;

import dev.peerdesk.moderation.FlagReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A flag is open until one outcome resolves it; an OTHER flag must say what is wrong. */
class FlagTest {

    private static final Instant FLAGGED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant LATER = FLAGGED.plusSeconds(600);

    @Test
    void aNewFlagIsOpenAndUnresolved() {
        Flag flag = new Flag(7, 42, FlagReason.SPAM, null, false, FLAGGED);

        assertThat(flag.status()).isEqualTo(FlagStatus.OPEN);
        assertThat(flag.open()).isTrue();
        assertThat(flag.resolvedAt()).isNull();
        assertThat(flag.resolvedBy()).isNull();
    }

    @Test
    void anOutcomeResolvesItOnceAndTheSecondChangesNothing() {
        Flag flag = new Flag(7, 42, FlagReason.RUDE, null, false, FLAGGED);

        assertThat(flag.resolve(FlagOutcome.DISMISSED, 9L, LATER)).isTrue();
        assertThat(flag.resolve(FlagOutcome.ACCEPTED, 10L, LATER.plusSeconds(1))).isFalse();

        assertThat(flag.status()).isEqualTo(FlagStatus.DISMISSED);
        assertThat(flag.open()).isFalse();
        assertThat(flag.resolvedAt()).isEqualTo(LATER);
        assertThat(flag.resolvedBy()).isEqualTo(9L);
    }

    @Test
    void anAutomaticOutcomeHasNoModerator() {
        Flag flag = new Flag(7, 42, FlagReason.SPAM, null, true, FLAGGED);

        assertThat(flag.resolve(FlagOutcome.ACCEPTED, null, LATER)).isTrue();

        assertThat(flag.status()).isEqualTo(FlagStatus.ACCEPTED);
        assertThat(flag.resolvedBy()).isNull();
    }

    @Test
    void anOtherFlagNeedsText() {
        assertThatThrownBy(() -> new Flag(7, 42, FlagReason.OTHER, "  ", false, FLAGGED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Flag(7, 42, FlagReason.OTHER, "Asked before", false, FLAGGED).text()).isEqualTo("Asked before");
        assertThatThrownBy(() -> new Flag(7, 42, null, null, false, FLAGGED)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theTriageReadsReasonFlaggerAndWhetherAModeratorFlagged() {
        dev.peerdesk.moderation.Flag rule = new Flag(7, 42, FlagReason.SPAM, null, true, FLAGGED).forTriage();

        assertThat(rule.reason()).isEqualTo(FlagReason.SPAM);
        assertThat(rule.flaggerId()).isEqualTo(42);
        assertThat(rule.byModerator()).isTrue();
    }

    @Test
    void eachOutcomeHasItsStatus() {
        assertThat(FlagOutcome.ACCEPTED.status()).isEqualTo(FlagStatus.ACCEPTED);
        assertThat(FlagOutcome.DISMISSED.status()).isEqualTo(FlagStatus.DISMISSED);
    }
}
