package dev.peerdesk.reputation;

import dev.peerdesk.reputation.BadgeFacts.AcceptedAnswerOnOwnQuestion;
import dev.peerdesk.reputation.BadgeFacts.OwnAnswerAccepted;
import dev.peerdesk.reputation.BadgeFacts.OwnPostScored;
import dev.peerdesk.reputation.BadgeFacts.PostEdited;
import dev.peerdesk.reputation.BadgeFacts.VoteGiven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import static dev.peerdesk.reputation.Badge.CRITIC;
import static dev.peerdesk.reputation.Badge.EDITOR;
import static dev.peerdesk.reputation.Badge.GOOD_QUESTION;
import static dev.peerdesk.reputation.Badge.HELPER;
import static dev.peerdesk.reputation.Badge.NICE_ANSWER;
import static dev.peerdesk.reputation.Badge.RESCUER;
import static dev.peerdesk.reputation.Badge.SCHOLAR;
import static dev.peerdesk.reputation.Badge.STUDENT;
import static dev.peerdesk.reputation.Badge.SUPPORTER;
import static dev.peerdesk.reputation.Badge.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class BadgeRulesTest {

    private static final BadgeRules RULES = BadgeRules.defaults();

    static Stream<Arguments> facts() {
        return Stream.of(
                arguments(new OwnPostScored(PostKind.QUESTION, 0), Set.of()),
                arguments(new OwnPostScored(PostKind.QUESTION, 1), Set.of(STUDENT)),
                arguments(new OwnPostScored(PostKind.QUESTION, 4), Set.of(STUDENT)),
                arguments(new OwnPostScored(PostKind.QUESTION, 5), Set.of(STUDENT, GOOD_QUESTION)),
                arguments(new OwnPostScored(PostKind.ANSWER, -1), Set.of()),
                arguments(new OwnPostScored(PostKind.ANSWER, 1), Set.of(TEACHER)),
                arguments(new OwnPostScored(PostKind.ANSWER, 5), Set.of(TEACHER, NICE_ANSWER)),
                arguments(new VoteGiven(VoteDirection.UP), Set.of(SUPPORTER)),
                arguments(new VoteGiven(VoteDirection.DOWN), Set.of(CRITIC)),
                arguments(new PostEdited(), Set.of(EDITOR)),
                arguments(new AcceptedAnswerOnOwnQuestion(false), Set.of(SCHOLAR)),
                arguments(new AcceptedAnswerOnOwnQuestion(true), Set.of()),
                arguments(new OwnAnswerAccepted(false, 9, false), Set.of()),
                arguments(new OwnAnswerAccepted(false, 10, false), Set.of(HELPER)),
                arguments(new OwnAnswerAccepted(false, 1, true), Set.of(RESCUER)),
                arguments(new OwnAnswerAccepted(false, 12, true), Set.of(HELPER, RESCUER)),
                arguments(new OwnAnswerAccepted(true, 10, true), Set.of()));
    }

    @ParameterizedTest(name = "{0} earns {1}")
    @MethodSource("facts")
    void badgesAreEarnedAsTheSpecSays(BadgeFacts facts, Set<Badge> expected) {
        assertThat(RULES.newlyEarned(facts, Set.of())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aBadgeIsAwardedOnlyOnce() {
        assertThat(RULES.newlyEarned(new OwnPostScored(PostKind.ANSWER, 7), EnumSet.of(TEACHER)))
                .containsExactly(NICE_ANSWER);
        assertThat(RULES.newlyEarned(new OwnPostScored(PostKind.ANSWER, 8), EnumSet.of(TEACHER, NICE_ANSWER)))
                .isEmpty();
        assertThat(RULES.newlyEarned(new VoteGiven(VoteDirection.UP), EnumSet.of(SUPPORTER))).isEmpty();
    }

    @Test
    void configuredThresholdsApply() {
        BadgeRules rules = new BadgeRules(2, 10, 10, 3);

        assertThat(rules.newlyEarned(new OwnPostScored(PostKind.QUESTION, 1), Set.of())).isEmpty();
        assertThat(rules.newlyEarned(new OwnPostScored(PostKind.ANSWER, 9), Set.of())).containsExactly(TEACHER);
        assertThat(rules.newlyEarned(new OwnAnswerAccepted(false, 3, false), Set.of())).containsExactly(HELPER);
    }

    @ParameterizedTest
    @CsvSource({
            "STUDENT,       Student",
            "TEACHER,       Teacher",
            "SCHOLAR,       Scholar",
            "SUPPORTER,     Supporter",
            "CRITIC,        Critic",
            "EDITOR,        Editor",
            "NICE_ANSWER,   Nice Answer",
            "GOOD_QUESTION, Good Question",
            "HELPER,        Helper",
            "RESCUER,       Rescuer"})
    void badgesHaveDisplayNames(Badge badge, String displayName) {
        assertThat(badge.displayName()).isEqualTo(displayName);
    }
}
