package dev.peerdesk.reputation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds serial voting: a voter who casts at least {@link ReputationRules#serialVoteThreshold()}
 * votes on one author's posts within any {@link ReputationRules#serialVoteWindow()} (a window is
 * half-open: the last vote is cast less than the window after the first). Such votes reflect the
 * person, not the posts, so every vote inside a qualifying window is to be reversed — score and
 * reputation — by the periodic job.
 *
 * <p>Pure and deterministic: the same votes always give the same groups in the same order
 * (voter, then author; votes by time, then post).
 */
public final class SerialVotingDetector {

    private SerialVotingDetector() {
    }

    /** A vote as the detector sees it (one per voter per post). */
    public record Vote(long voterId, long authorId, long postId, Instant castAt) {
        public Vote {
            Objects.requireNonNull(castAt, "castAt");
        }
    }

    /** One voter's serial votes on one author's posts: all of them are to be reversed. */
    public record SerialVoting(long voterId, long authorId, List<Vote> votes) {
        public SerialVoting {
            votes = List.copyOf(votes);
        }
    }

    /** The groups of votes to reverse, empty if nobody voted serially. */
    public static List<SerialVoting> detect(List<Vote> votes, ReputationRules rules) {
        List<Vote> sorted = votes.stream()
                .sorted(Comparator.comparingLong(Vote::voterId)
                        .thenComparingLong(Vote::authorId)
                        .thenComparing(Vote::castAt)
                        .thenComparingLong(Vote::postId))
                .toList();
        List<SerialVoting> found = new ArrayList<>();
        int runStart = 0;
        while (runStart < sorted.size()) {
            Vote head = sorted.get(runStart);
            int runEnd = runStart;
            while (runEnd < sorted.size() && sorted.get(runEnd).voterId() == head.voterId()
                    && sorted.get(runEnd).authorId() == head.authorId()) {
                runEnd++;
            }
            List<Vote> serial = serialVotes(sorted.subList(runStart, runEnd),
                    rules.serialVoteThreshold(), rules.serialVoteWindow());
            if (!serial.isEmpty()) {
                found.add(new SerialVoting(head.voterId(), head.authorId(), serial));
            }
            runStart = runEnd;
        }
        return List.copyOf(found);
    }

    /** Votes (one voter, one author, sorted by time) lying in a window that holds at least {@code threshold} votes. */
    private static List<Vote> serialVotes(List<Vote> sorted, int threshold, Duration window) {
        List<Vote> serial = new ArrayList<>();
        int first = 0;
        int nextUnmarked = 0;
        for (int last = 0; last < sorted.size(); last++) {
            Instant lastCast = sorted.get(last).castAt();
            while (!sorted.get(first).castAt().plus(window).isAfter(lastCast)) {
                first++;
            }
            if (last - first + 1 >= threshold) {
                for (int i = Math.max(first, nextUnmarked); i <= last; i++) {
                    serial.add(sorted.get(i));
                }
                nextUnmarked = last + 1;
            }
        }
        return serial;
    }
}
