package dev.peerdesk.reputation;

import dev.peerdesk.reputation.ReputationRules.Overrides;
import dev.peerdesk.reputation.SerialVotingDetector.SerialVoting;
import dev.peerdesk.reputation.SerialVotingDetector.Vote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SerialVotingDetectorTest {

    private static final ReputationRules RULES = ReputationRules.defaults();
    private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

    /** {@code count} votes by the voter on the author's posts, {@code spacing} apart, posts numbered from {@code firstPost}. */
    private static List<Vote> votes(long voter, long author, int count, Duration spacing, long firstPost, Instant from) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Vote(voter, author, firstPost + i, from.plus(spacing.multipliedBy(i))))
                .toList();
    }

    @ParameterizedTest(name = "{0} votes {1} min apart: serial={2}")
    @CsvSource({
            "10,   1, true",
            "10,  60, true",
            "10, 159, true",
            "10, 160, false",
            "9,    1, false",
            "11, 150, true",
            "20, 100, true"})
    void tenVotesOnOneAuthorWithin24HoursAreSerial(int count, int spacingMinutes, boolean serial) {
        List<Vote> votes = votes(2, 1, count, Duration.ofMinutes(spacingMinutes), 100, START);

        List<SerialVoting> found = SerialVotingDetector.detect(votes, RULES);

        if (serial) {
            assertThat(found).containsExactly(new SerialVoting(2, 1, votes));
        } else {
            assertThat(found).isEmpty();
        }
    }

    @Test
    void onlyVotesInsideASerialWindowAreReversed() {
        List<Vote> burst = votes(2, 1, 10, Duration.ofMinutes(1), 100, START);
        List<Vote> later = votes(2, 1, 3, Duration.ofMinutes(1), 200, START.plus(Duration.ofDays(3)));
        List<Vote> all = new ArrayList<>(burst);
        all.addAll(later);

        assertThat(SerialVotingDetector.detect(all, RULES)).containsExactly(new SerialVoting(2, 1, burst));
    }

    @Test
    void votesOnDifferentAuthorsAreNotAddedUp() {
        List<Vote> votes = new ArrayList<>(votes(2, 1, 5, Duration.ofMinutes(1), 100, START));
        votes.addAll(votes(2, 3, 5, Duration.ofMinutes(1), 200, START));

        assertThat(SerialVotingDetector.detect(votes, RULES)).isEmpty();
    }

    @Test
    void votesByDifferentVotersAreNotAddedUp() {
        List<Vote> votes = new ArrayList<>(votes(2, 1, 5, Duration.ofMinutes(1), 100, START));
        votes.addAll(votes(4, 1, 5, Duration.ofMinutes(1), 100, START));

        assertThat(SerialVotingDetector.detect(votes, RULES)).isEmpty();
    }

    @Test
    void theThresholdAndWindowAreConfigurable() {
        ReputationRules rules = RULES.with(new Overrides(null, null, null, null, 3, Duration.ofHours(1)));

        assertThat(SerialVotingDetector.detect(votes(2, 1, 3, Duration.ofMinutes(29), 100, START), rules)).hasSize(1);
        assertThat(SerialVotingDetector.detect(votes(2, 1, 3, Duration.ofMinutes(30), 100, START), rules)).isEmpty();
    }

    @Test
    void theResultDoesNotDependOnInputOrder() {
        List<Vote> votes = new ArrayList<>(votes(5, 1, 10, Duration.ofMinutes(5), 100, START));
        votes.addAll(votes(2, 7, 12, Duration.ofMinutes(5), 300, START));
        votes.addAll(votes(2, 1, 10, Duration.ofMinutes(5), 500, START));
        List<SerialVoting> expected = SerialVotingDetector.detect(votes, RULES);

        Collections.shuffle(votes, new Random(42));

        assertThat(SerialVotingDetector.detect(votes, RULES)).isEqualTo(expected);
        assertThat(expected).extracting(SerialVoting::voterId, SerialVoting::authorId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, 1L),
                        org.assertj.core.groups.Tuple.tuple(2L, 7L),
                        org.assertj.core.groups.Tuple.tuple(5L, 1L));
    }
}
