package dev.peerdesk.moderation;

import dev.peerdesk.moderation.FlagTriage.DeleteWithPenalty;
import dev.peerdesk.moderation.FlagTriage.Hide;
import dev.peerdesk.moderation.FlagTriage.NoChange;
import dev.peerdesk.moderation.FlagTriage.Outcome;
import dev.peerdesk.moderation.ModerationRules.Overrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FlagTriageTest {

    private static final ModerationRules RULES = ModerationRules.defaults();

    private static List<Flag> flags(FlagReason reason, int flaggers) {
        return LongStream.rangeClosed(1, flaggers)
                .mapToObj(id -> new Flag(reason, reason.requiresText() ? "why" : null, id, false))
                .toList();
    }

    private static Outcome triage(List<Flag> flags) {
        return FlagTriage.triage(flags, RULES);
    }

    @ParameterizedTest(name = "{1} {0} flaggers: {2}")
    @CsvSource({
            "0, SPAM, NoChange",
            "1, SPAM, NoChange",
            "2, RUDE, NoChange",
            "3, SPAM, Hide",
            "3, RUDE, Hide",
            "5, SPAM, Hide",
            "6, SPAM, DeleteWithPenalty",
            "6, RUDE, DeleteWithPenalty",
            "9, SPAM, DeleteWithPenalty"})
    void distinctSpamOrRudeFlaggersHideThenDelete(int flaggers, FlagReason reason, String outcome) {
        assertThat(triage(flags(reason, flaggers)).getClass().getSimpleName()).isEqualTo(outcome);
    }

    @Test
    void threeSpamFlagsHide() {
        assertThat(triage(flags(FlagReason.SPAM, 3))).isEqualTo(new Hide(3));
    }

    @Test
    void sixSpamFlagsDeleteWithPenalty() {
        assertThat(triage(flags(FlagReason.SPAM, 6))).isEqualTo(new DeleteWithPenalty(6, false));
    }

    @Test
    void spamAndRudeFlagsCountTogether() {
        List<Flag> flags = new ArrayList<>(flags(FlagReason.SPAM, 2));
        flags.add(new Flag(FlagReason.RUDE, null, 3, false));

        assertThat(triage(flags)).isEqualTo(new Hide(3));
    }

    @Test
    void oneFlaggerCountsOnceWhateverTheNumberOfFlags() {
        List<Flag> flags = List.of(
                new Flag(FlagReason.SPAM, null, 1, false),
                new Flag(FlagReason.RUDE, null, 1, false),
                new Flag(FlagReason.SPAM, null, 2, false));

        assertThat(triage(flags)).isEqualTo(new NoChange());
    }

    @ParameterizedTest
    @EnumSource(value = FlagReason.class, names = {"OFF_TOPIC", "DUPLICATE", "OTHER"})
    void otherReasonsNeverHideOrDelete(FlagReason reason) {
        assertThat(triage(flags(reason, 10))).isEqualTo(new NoChange());
    }

    @ParameterizedTest
    @EnumSource(value = FlagReason.class, names = {"SPAM", "RUDE"})
    void aModeratorsSpamOrRudeFlagDeletesAtOnce(FlagReason reason) {
        assertThat(triage(List.of(new Flag(reason, null, 99, true)))).isEqualTo(new DeleteWithPenalty(1, true));
    }

    @ParameterizedTest
    @EnumSource(value = FlagReason.class, names = {"OFF_TOPIC", "DUPLICATE", "OTHER"})
    void aModeratorsOtherFlagWaitsForReview(FlagReason reason) {
        assertThat(triage(List.of(new Flag(reason, "see review", 99, true)))).isEqualTo(new NoChange());
    }

    @Test
    void aHiddenPostKeepsCountingFlagsUntilItIsDeleted() {
        assertThat(triage(flags(FlagReason.SPAM, 4))).isEqualTo(new Hide(4));
        assertThat(triage(flags(FlagReason.SPAM, 6))).isInstanceOf(DeleteWithPenalty.class);
    }

    @Test
    void configuredThresholdsApply() {
        ModerationRules rules = RULES.with(new Overrides(2, 4, null, null, null, null, null, null));

        assertThat(FlagTriage.triage(flags(FlagReason.SPAM, 2), rules)).isEqualTo(new Hide(2));
        assertThat(FlagTriage.triage(flags(FlagReason.SPAM, 4), rules)).isEqualTo(new DeleteWithPenalty(4, false));
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '", "NULL"}, nullValues = "NULL")
    void anOtherFlagNeedsText(String text) {
        assertThatThrownBy(() -> new Flag(FlagReason.OTHER, text, 1, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("text ");
    }
}
