package dev.peerdesk.reputation;

import dev.peerdesk.reputation.ReputationEvent.AnswerAccepted;
import dev.peerdesk.reputation.ReputationEvent.AnswerUnaccepted;
import dev.peerdesk.reputation.ReputationEvent.PostDeleted;
import dev.peerdesk.reputation.ReputationEvent.PostRemovedAsSpam;
import dev.peerdesk.reputation.ReputationEvent.VoteCast;
import dev.peerdesk.reputation.ReputationEvent.VoteRetracted;
import dev.peerdesk.reputation.ReputationRules.Overrides;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static dev.peerdesk.reputation.PostKind.ANSWER;
import static dev.peerdesk.reputation.PostKind.QUESTION;
import static dev.peerdesk.reputation.ReputationReason.ACCEPTED_ANSWER;
import static dev.peerdesk.reputation.ReputationReason.ANSWER_ACCEPTED;
import static dev.peerdesk.reputation.ReputationReason.ANSWER_UPVOTED;
import static dev.peerdesk.reputation.ReputationReason.DOWNVOTED;
import static dev.peerdesk.reputation.ReputationReason.DOWNVOTE_CAST;
import static dev.peerdesk.reputation.ReputationReason.QUESTION_UPVOTED;
import static dev.peerdesk.reputation.ReputationReason.REVERSAL;
import static dev.peerdesk.reputation.ReputationReason.SPAM_PENALTY;
import static dev.peerdesk.reputation.VoteDirection.DOWN;
import static dev.peerdesk.reputation.VoteDirection.UP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ReputationPolicyTest {

    private static final ReputationRules RULES = ReputationRules.defaults();
    private static final long AUTHOR = 1;
    private static final long VOTER = 2;
    private static final long OTHER = 3;
    private static final long POST = 10;

    private static List<LedgerEntry> changes(ReputationEvent event, Standing... standings) {
        return ReputationPolicy.changes(event, List.of(standings), RULES);
    }

    private static List<Standing> members() {
        return List.of(Standing.member(AUTHOR, 1000), Standing.member(VOTER, 1000), Standing.member(OTHER, 1000));
    }

    private static LedgerEntry entry(long userId, int delta, ReputationReason reason) {
        return new LedgerEntry(userId, delta, reason, POST);
    }

    static Stream<Arguments> specTable() {
        return Stream.of(
                arguments("your question is upvoted", new VoteCast(VOTER, AUTHOR, POST, QUESTION, UP),
                        List.of(entry(AUTHOR, 10, QUESTION_UPVOTED))),
                arguments("your answer is upvoted", new VoteCast(VOTER, AUTHOR, POST, ANSWER, UP),
                        List.of(entry(AUTHOR, 10, ANSWER_UPVOTED))),
                arguments("your question is downvoted; downvoting a question is free",
                        new VoteCast(VOTER, AUTHOR, POST, QUESTION, DOWN),
                        List.of(entry(AUTHOR, -2, DOWNVOTED))),
                arguments("your answer is downvoted; you downvote an answer",
                        new VoteCast(VOTER, AUTHOR, POST, ANSWER, DOWN),
                        List.of(entry(AUTHOR, -2, DOWNVOTED), entry(VOTER, -1, DOWNVOTE_CAST))),
                arguments("your answer is accepted; you accept someone else's answer",
                        new AnswerAccepted(VOTER, AUTHOR, POST),
                        List.of(entry(AUTHOR, 15, ANSWER_ACCEPTED), entry(VOTER, 2, ACCEPTED_ANSWER))),
                arguments("your post is removed as spam", new PostRemovedAsSpam(AUTHOR, POST, List.of()),
                        List.of(entry(AUTHOR, -100, SPAM_PENALTY))),
                arguments("a vote is retracted", new VoteRetracted(List.of(entry(AUTHOR, 10, QUESTION_UPVOTED))),
                        List.of(entry(AUTHOR, -10, REVERSAL))),
                arguments("an accept is withdrawn", new AnswerUnaccepted(
                                List.of(entry(AUTHOR, 15, ANSWER_ACCEPTED), entry(VOTER, 2, ACCEPTED_ANSWER))),
                        List.of(entry(AUTHOR, -15, REVERSAL), entry(VOTER, -2, REVERSAL))),
                arguments("the post is deleted", new PostDeleted(List.of(
                                entry(AUTHOR, 15, ANSWER_ACCEPTED), entry(VOTER, 2, ACCEPTED_ANSWER),
                                entry(AUTHOR, -2, DOWNVOTED), entry(OTHER, -1, DOWNVOTE_CAST))),
                        List.of(entry(AUTHOR, 2, REVERSAL), entry(OTHER, 1, REVERSAL),
                                entry(AUTHOR, -15, REVERSAL), entry(VOTER, -2, REVERSAL))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specTable")
    void eachEventChangesReputationAsTheSpecTableSays(String row, ReputationEvent event, List<LedgerEntry> expected) {
        assertThat(ReputationPolicy.changes(event, members(), RULES)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "gained {0} today: upvote gives {1}")
    @CsvSource({
            "0,   10",
            "150, 10",
            "190, 10",
            "191,  9",
            "195,  5",
            "199,  1",
            "200,  0",
            "260,  0"})
    void gainsStopAtTheDailyCap(int gainedToday, int expectedGain) {
        List<LedgerEntry> entries = changes(new VoteCast(VOTER, AUTHOR, POST, ANSWER, UP),
                new Standing(AUTHOR, 5000, gainedToday, false), Standing.member(VOTER, 100));

        assertThat(entries.stream().mapToInt(LedgerEntry::delta).sum()).isEqualTo(expectedGain);
        assertThat(entries).allSatisfy(e -> assertThat(e.delta()).isNotZero());
    }

    @ParameterizedTest(name = "gained {0}, reversed {1}: cap used {2}, the next upvote earns {3}")
    @CsvSource({
            "0,      0,   0, 10",
            "200,    0, 200,  0",
            "200, -200,   0, 10",   // twenty upvotes, all retracted: the day is as if they never happened
            "200, -190,  10, 10",
            "200,  -10, 190, 10",
            "200,   -5, 195,  5",   // the floor cut a reversal short: only what it took comes back
            "60,   -60,   0, 10"})
    void theCapCountsWhatStandsAfterReversals(int gained, int reversed, int used, int nextGain) {
        assertThat(ReputationPolicy.capUsed(gained, reversed)).isEqualTo(used);

        List<LedgerEntry> next = changes(new VoteCast(OTHER, AUTHOR, POST, ANSWER, UP),
                new Standing(AUTHOR, 5000, ReputationPolicy.capUsed(gained, reversed), false),
                Standing.member(OTHER, 100));
        assertThat(next.stream().mapToInt(LedgerEntry::delta).sum()).isEqualTo(nextGain);
    }

    @ParameterizedTest(name = "{0} upvote-and-retract rounds by one voter leave another voter's upvote worth 10")
    @CsvSource({"1", "19", "20", "21", "50"})
    void retractedVotesDoNotUseUpTheCap(int rounds) {
        int gained = 0;
        int reversed = 0;
        for (int i = 0; i < rounds; i++) {
            Standing author = new Standing(AUTHOR, 5000, ReputationPolicy.capUsed(gained, reversed), false);
            List<LedgerEntry> cast = changes(new VoteCast(VOTER, AUTHOR, POST, QUESTION, UP), author,
                    Standing.member(VOTER, 100));
            assertThat(cast).containsExactly(entry(AUTHOR, 10, QUESTION_UPVOTED));
            gained += cast.get(0).delta();
            List<LedgerEntry> undone = changes(new VoteRetracted(cast), author, Standing.member(VOTER, 100));
            reversed += undone.stream().mapToInt(LedgerEntry::delta).sum();
        }

        assertThat(changes(new VoteCast(OTHER, AUTHOR, POST, QUESTION, UP),
                new Standing(AUTHOR, 5000, ReputationPolicy.capUsed(gained, reversed), false),
                Standing.member(OTHER, 100)))
                .containsExactly(entry(AUTHOR, 10, QUESTION_UPVOTED));
    }

    @Test
    void aReversalOfAGainIsNeverPositive() {
        assertThatThrownBy(() -> ReputationPolicy.capUsed(10, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUpvoteAt199GainedTodayReachesExactly200() {
        assertThat(changes(new VoteCast(VOTER, AUTHOR, POST, QUESTION, UP),
                new Standing(AUTHOR, 500, 199, false), Standing.member(VOTER, 100)))
                .containsExactly(entry(AUTHOR, 1, QUESTION_UPVOTED));
    }

    @Test
    void acceptsAreExemptFromTheDailyCap() {
        assertThat(changes(new AnswerAccepted(VOTER, AUTHOR, POST),
                new Standing(AUTHOR, 500, 200, false), new Standing(VOTER, 500, 200, false)))
                .containsExactly(entry(AUTHOR, 15, ANSWER_ACCEPTED), entry(VOTER, 2, ACCEPTED_ANSWER));
    }

    @Test
    void lossesAreNeverCapped() {
        assertThat(changes(new VoteCast(VOTER, AUTHOR, POST, ANSWER, DOWN),
                new Standing(AUTHOR, 500, 200, false), new Standing(VOTER, 500, 200, false)))
                .containsExactly(entry(AUTHOR, -2, DOWNVOTED), entry(VOTER, -1, DOWNVOTE_CAST));
    }

    @Test
    void aConfiguredCapApplies() {
        ReputationRules rules = RULES.with(new Overrides(null, 50, null, null, null, null));

        assertThat(ReputationPolicy.changes(new VoteCast(VOTER, AUTHOR, POST, ANSWER, UP),
                List.of(new Standing(AUTHOR, 500, 45, false), Standing.member(VOTER, 100)), rules))
                .containsExactly(entry(AUTHOR, 5, ANSWER_UPVOTED));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-22T14:05:00Z,        2026-11-22T00:00:00Z",
            "2026-11-22T00:00:00Z,        2026-11-22T00:00:00Z",
            "2026-11-22T23:59:59.999Z,    2026-11-22T00:00:00Z",
            "2026-11-23T00:00:00.001Z,    2026-11-23T00:00:00Z"})
    void theCapCountsFromMidnightUtc(Instant now, Instant dayStart) {
        assertThat(ReputationPolicy.capDayStart(now)).isEqualTo(dayStart);
    }

    @ParameterizedTest(name = "total {0}: downvote costs the author {1}")
    @CsvSource({
            "100, -2",
            "3,   -2",
            "2,   -1",
            "1,    0"})
    void reputationNeverGoesBelowTheFloor(int total, int expectedLoss) {
        List<LedgerEntry> entries = changes(new VoteCast(VOTER, AUTHOR, POST, QUESTION, DOWN),
                Standing.member(AUTHOR, total), Standing.member(VOTER, 100));

        assertThat(entries.stream().mapToInt(LedgerEntry::delta).sum()).isEqualTo(expectedLoss);
    }

    @Test
    void aVoterAtTheFloorDownvotesForFree() {
        assertThat(changes(new VoteCast(VOTER, AUTHOR, POST, ANSWER, DOWN),
                Standing.member(AUTHOR, 100), Standing.member(VOTER, 1)))
                .containsExactly(entry(AUTHOR, -2, DOWNVOTED));
    }

    @Test
    void theSpamPenaltyStopsAtTheFloor() {
        assertThat(changes(new PostRemovedAsSpam(AUTHOR, POST, List.of()), Standing.member(AUTHOR, 40)))
                .containsExactly(entry(AUTHOR, -39, SPAM_PENALTY));
    }

    @Test
    void aFlooredLossIsRefundedExactly() {
        List<LedgerEntry> downvote = changes(new VoteCast(VOTER, AUTHOR, POST, QUESTION, DOWN),
                Standing.member(AUTHOR, 2), Standing.member(VOTER, 100));

        assertThat(downvote).containsExactly(entry(AUTHOR, -1, DOWNVOTED));
        assertThat(changes(new VoteRetracted(downvote), Standing.member(AUTHOR, 1), Standing.member(VOTER, 100)))
                .containsExactly(entry(AUTHOR, 1, REVERSAL));
    }

    @Test
    void retractingAVoteAfterTheCapTakesBackOnlyWhatWasGained() {
        List<LedgerEntry> upvote = changes(new VoteCast(VOTER, AUTHOR, POST, ANSWER, UP),
                new Standing(AUTHOR, 300, 195, false), Standing.member(VOTER, 100));
        assertThat(upvote).containsExactly(entry(AUTHOR, 5, ANSWER_UPVOTED));

        assertThat(changes(new VoteRetracted(upvote), new Standing(AUTHOR, 305, 200, false)))
                .containsExactly(entry(AUTHOR, -5, REVERSAL));
    }

    @Test
    void retractingAVoteThatEarnedNothingAtTheCapChangesNothing() {
        List<LedgerEntry> upvote = changes(new VoteCast(VOTER, AUTHOR, POST, ANSWER, UP),
                new Standing(AUTHOR, 300, 200, false), Standing.member(VOTER, 100));

        assertThat(upvote).isEmpty();
        assertThat(changes(new VoteRetracted(upvote))).isEmpty();
    }

    @Test
    void refundsAreNotCappedByTheDailyCap() {
        List<LedgerEntry> downvote = List.of(entry(AUTHOR, -2, DOWNVOTED), entry(VOTER, -1, DOWNVOTE_CAST));

        assertThat(changes(new VoteRetracted(downvote),
                new Standing(AUTHOR, 300, 200, false), new Standing(VOTER, 300, 200, false)))
                .containsExactly(entry(AUTHOR, 2, REVERSAL), entry(VOTER, 1, REVERSAL));
    }

    @Test
    void aReversalNeverTakesReputationBelowTheFloor() {
        assertThat(changes(new VoteRetracted(List.of(entry(AUTHOR, 10, QUESTION_UPVOTED))),
                Standing.member(AUTHOR, 5)))
                .containsExactly(entry(AUTHOR, -4, REVERSAL));
    }

    @Test
    void deletingAPostNetsOutItsWholeHistoryEvenAtTheFloor() {
        List<LedgerEntry> history = List.of(entry(AUTHOR, 10, QUESTION_UPVOTED), entry(AUTHOR, -10, REVERSAL));

        List<LedgerEntry> entries = changes(new PostDeleted(history), Standing.member(AUTHOR, 1));

        assertThat(entries).containsExactly(entry(AUTHOR, 10, REVERSAL), entry(AUTHOR, -10, REVERSAL));
        assertThat(entries.stream().mapToInt(LedgerEntry::delta).sum()).isZero();
    }

    @Test
    void removingSpamReversesWhatThePostCausedThenPenalisesTheAuthor() {
        List<LedgerEntry> caused = List.of(
                entry(AUTHOR, 10, ANSWER_UPVOTED), entry(OTHER, -1, DOWNVOTE_CAST), entry(AUTHOR, -2, DOWNVOTED));

        assertThat(ReputationPolicy.changes(new PostRemovedAsSpam(AUTHOR, POST, caused), members(), RULES))
                .containsExactly(
                        entry(OTHER, 1, REVERSAL),
                        entry(AUTHOR, 2, REVERSAL),
                        entry(AUTHOR, -10, REVERSAL),
                        entry(AUTHOR, -100, SPAM_PENALTY));
    }

    static Stream<Arguments> eventsThatEarnNothing() {
        Standing author = Standing.member(AUTHOR, 100);
        Standing voter = Standing.member(VOTER, 100);
        Standing staffVoter = Standing.staff(VOTER, 1);
        Standing staffAuthor = Standing.staff(AUTHOR, 1);
        return Stream.of(
                arguments("self-upvote", new VoteCast(AUTHOR, AUTHOR, POST, ANSWER, UP), List.of(author)),
                arguments("self-downvote", new VoteCast(AUTHOR, AUTHOR, POST, ANSWER, DOWN), List.of(author)),
                arguments("accepting your own answer", new AnswerAccepted(AUTHOR, AUTHOR, POST), List.of(author)),
                arguments("upvote by staff", new VoteCast(VOTER, AUTHOR, POST, QUESTION, UP),
                        List.of(author, staffVoter)),
                arguments("downvote by staff", new VoteCast(VOTER, AUTHOR, POST, ANSWER, DOWN),
                        List.of(author, staffVoter)),
                arguments("upvote on a staff post", new VoteCast(VOTER, AUTHOR, POST, ANSWER, UP),
                        List.of(staffAuthor, voter)),
                arguments("downvote on a staff answer", new VoteCast(VOTER, AUTHOR, POST, ANSWER, DOWN),
                        List.of(staffAuthor, voter)),
                arguments("staff post removed as spam", new PostRemovedAsSpam(AUTHOR, POST, List.of()),
                        List.of(staffAuthor)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventsThatEarnNothing")
    void selfActionsAndVotesByOrOnStaffEarnNothing(String row, ReputationEvent event, List<Standing> standings) {
        assertThat(ReputationPolicy.changes(event, standings, RULES)).isEmpty();
    }

    @Test
    void aStaffAnswererEarnsNothingButTheAskerStillDoes() {
        assertThat(changes(new AnswerAccepted(VOTER, AUTHOR, POST), Standing.staff(AUTHOR, 1),
                Standing.member(VOTER, 100)))
                .containsExactly(entry(VOTER, 2, ACCEPTED_ANSWER));
    }

    @Test
    void aStaffAskerEarnsNothingButTheAnswererStillDoes() {
        assertThat(changes(new AnswerAccepted(VOTER, AUTHOR, POST), Standing.member(AUTHOR, 100),
                Standing.staff(VOTER, 1)))
                .containsExactly(entry(AUTHOR, 15, ANSWER_ACCEPTED));
    }

    @Test
    void aMissingStandingIsRefused() {
        assertThatThrownBy(() -> changes(new VoteCast(VOTER, AUTHOR, POST, ANSWER, UP), Standing.member(AUTHOR, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user " + VOTER);
    }
}
