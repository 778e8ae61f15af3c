package dev.peerdesk.moderation;

import dev.peerdesk.moderation.CloseVoteTally.Close;
import dev.peerdesk.moderation.CloseVoteTally.StaysOpen;
import dev.peerdesk.moderation.CloseVoteTally.Vote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.stream.LongStream;

import static dev.peerdesk.moderation.CloseReason.DUPLICATE;
import static dev.peerdesk.moderation.CloseReason.OFF_TOPIC;
import static dev.peerdesk.moderation.CloseReason.UNCLEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloseVoteTallyTest {

    private static Vote member(long voterId, CloseReason reason) {
        return new Vote(voterId, reason, null, false, true);
    }

    private static Vote duplicate(long voterId, long targetId) {
        return new Vote(voterId, DUPLICATE, targetId, false, true);
    }

    @ParameterizedTest(name = "{0} privileged votes: closed={1}")
    @CsvSource({"0, false", "1, false", "2, false", "3, true", "4, true"})
    void threeCloseVotesCloseAQuestion(int votes, boolean closed) {
        List<Vote> cast = LongStream.rangeClosed(1, votes).mapToObj(id -> member(id, UNCLEAR)).toList();

        assertThat(CloseVoteTally.tally(cast))
                .isEqualTo(closed ? new Close(UNCLEAR, null, false) : new StaysOpen(votes, 3));
    }

    @Test
    void votesWithoutTheCloseVotePrivilegeDoNotCount() {
        List<Vote> votes = List.of(member(1, OFF_TOPIC), member(2, OFF_TOPIC),
                new Vote(3, OFF_TOPIC, null, false, false));

        assertThat(CloseVoteTally.tally(votes)).isEqualTo(new StaysOpen(2, 3));
    }

    @Test
    void aVoterCountsOnce() {
        assertThat(CloseVoteTally.tally(List.of(member(1, OFF_TOPIC), member(1, UNCLEAR), member(2, OFF_TOPIC))))
                .isEqualTo(new StaysOpen(2, 3));
    }

    @ParameterizedTest
    @EnumSource(value = CloseReason.class, names = {"OFF_TOPIC", "UNCLEAR", "OTHER"})
    void aModeratorClosesAlone(CloseReason reason) {
        assertThat(CloseVoteTally.tally(List.of(new Vote(9, reason, null, true, false))))
                .isEqualTo(new Close(reason, null, true));
    }

    @Test
    void aModeratorsReasonWinsOverTheCommunitys() {
        List<Vote> votes = List.of(member(1, OFF_TOPIC), member(2, OFF_TOPIC),
                new Vote(9, DUPLICATE, 77L, true, true));

        assertThat(CloseVoteTally.tally(votes)).isEqualTo(new Close(DUPLICATE, 77L, true));
    }

    @Test
    void theQuestionClosesForTheReasonMostVotersGave() {
        assertThat(CloseVoteTally.tally(List.of(member(1, UNCLEAR), member(2, OFF_TOPIC), member(3, OFF_TOPIC))))
                .isEqualTo(new Close(OFF_TOPIC, null, false));
    }

    @Test
    void aTieGoesToTheReasonVotedFirst() {
        assertThat(CloseVoteTally.tally(List.of(
                member(1, UNCLEAR), member(2, OFF_TOPIC), member(3, CloseReason.OTHER), member(4, OFF_TOPIC),
                member(5, UNCLEAR))))
                .isEqualTo(new Close(UNCLEAR, null, false));
    }

    @Test
    void aDuplicateClosesAgainstTheTargetMostVotersNamed() {
        assertThat(CloseVoteTally.tally(List.of(duplicate(1, 50), duplicate(2, 60), duplicate(3, 60))))
                .isEqualTo(new Close(DUPLICATE, 60L, false));
    }

    @Test
    void aDuplicateVoteNeedsATarget() {
        assertThatThrownBy(() -> new Vote(1, DUPLICATE, null, false, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("duplicateOfId ");
    }

    @Test
    void onlyADuplicateVoteMayNameATarget() {
        assertThatThrownBy(() -> new Vote(1, OFF_TOPIC, 5L, false, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("duplicateOfId ");
    }
}
