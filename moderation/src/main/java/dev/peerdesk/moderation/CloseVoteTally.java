package dev.peerdesk.moderation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides whether close votes close a question. Closing stops new answers and escalation, so the
 * community needs {@link #VOTES_TO_CLOSE} votes from members holding the {@code CLOSE_VOTE}
 * privilege; a moderator closes alone. Votes from members without the privilege do not count, and
 * each voter counts once.
 *
 * <p>The question closes for the reason the moderator gave, or else the reason most voters gave
 * (ties: the reason voted first); a duplicate points at the target most duplicate votes named
 * (ties: the one named first).
 */
public final class CloseVoteTally {

    /** Community votes that close a question. */
    public static final int VOTES_TO_CLOSE = 3;

    private CloseVoteTally() {
    }

    /**
     * A vote to close a question.
     *
     * @param voterId       who voted
     * @param reason        why
     * @param duplicateOfId the question this one duplicates; required for {@code DUPLICATE}, absent otherwise
     * @param moderator     the voter is a moderator (closes alone)
     * @param privileged    the voter holds the {@code CLOSE_VOTE} privilege (only then the vote counts)
     */
    public record Vote(long voterId, CloseReason reason, Long duplicateOfId, boolean moderator, boolean privileged) {
        public Vote {
            Objects.requireNonNull(reason, "reason");
            if (reason.requiresTarget() && duplicateOfId == null) {
                throw new IllegalArgumentException("duplicateOfId is required when the reason is " + reason);
            }
            if (!reason.requiresTarget() && duplicateOfId != null) {
                throw new IllegalArgumentException("duplicateOfId is only allowed when the reason is DUPLICATE");
            }
        }
    }

    /** Whether the question closes. */
    public sealed interface Outcome {
    }

    /** Not enough votes yet. */
    public record StaysOpen(int votes, int needed) implements Outcome {
    }

    /** Close the question for this reason (and target, for a duplicate). */
    public record Close(CloseReason reason, Long duplicateOfId, boolean byModerator) implements Outcome {
    }

    /** The outcome of the close votes cast on an open question, in the order they were cast. */
    public static Outcome tally(List<Vote> votes) {
        List<Vote> counted = votes.stream()
                .filter(vote -> vote.moderator() || vote.privileged())
                .collect(Collectors.toMap(Vote::voterId, Function.identity(), (first, later) -> first,
                        LinkedHashMap::new))
                .values().stream().toList();
        var moderatorVote = counted.stream().filter(Vote::moderator).findFirst();
        if (moderatorVote.isPresent()) {
            Vote vote = moderatorVote.get();
            return new Close(vote.reason(), vote.duplicateOfId(), true);
        }
        if (counted.size() < VOTES_TO_CLOSE) {
            return new StaysOpen(counted.size(), VOTES_TO_CLOSE);
        }
        CloseReason reason = mostCommon(counted.stream().map(Vote::reason).toList());
        Long target = reason.requiresTarget()
                ? mostCommon(counted.stream().map(Vote::duplicateOfId).filter(Objects::nonNull).toList())
                : null;
        return new Close(reason, target, false);
    }

    /** The most frequent value; ties go to the value seen first. */
    private static <T> T mostCommon(List<T> values) {
        Map<T, Long> counts = values.stream()
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        T best = null;
        long bestCount = 0;
        for (Map.Entry<T, Long> entry : counts.entrySet()) {
            if (entry.getValue() > bestCount) {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        return best;
    }
}
