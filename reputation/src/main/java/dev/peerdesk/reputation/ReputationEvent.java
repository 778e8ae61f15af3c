package dev.peerdesk.reputation;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened on the forum and may change reputation. {@link ReputationPolicy}
 * turns an event into ledger entries. Events that undo something carry the entries the original
 * event caused, so the undo is the exact negation of what was applied.
 *
 * <p>Changing a vote is a {@link VoteRetracted} followed by a new {@link VoteCast}; switching the
 * accepted answer is an {@link AnswerUnaccepted} followed by an {@link AnswerAccepted}.
 */
public sealed interface ReputationEvent {

    /** A member voted on someone's post. */
    record VoteCast(long voterId, long authorId, long postId, PostKind postKind, VoteDirection direction)
            implements ReputationEvent {
        public VoteCast {
            Objects.requireNonNull(postKind, "postKind");
            Objects.requireNonNull(direction, "direction");
        }
    }

    /** A vote was retracted (or reversed as serial voting); {@code caused} are the entries it made. */
    record VoteRetracted(List<LedgerEntry> caused) implements ReputationEvent {
        public VoteRetracted {
            caused = List.copyOf(caused);
        }
    }

    /** The asker accepted an answer. */
    record AnswerAccepted(long askerId, long answererId, long answerId) implements ReputationEvent {
    }

    /** The asker withdrew an acceptance; {@code caused} are the entries the acceptance made. */
    record AnswerUnaccepted(List<LedgerEntry> caused) implements ReputationEvent {
        public AnswerUnaccepted {
            caused = List.copyOf(caused);
        }
    }

    /**
     * A moderator (or the flag threshold) removed a post as spam or abusive: what the post earned
     * is reversed, as for any deletion, and its author pays the spam penalty.
     */
    record PostRemovedAsSpam(long authorId, long postId, List<LedgerEntry> caused) implements ReputationEvent {
        public PostRemovedAsSpam {
            caused = List.copyOf(caused);
        }
    }

    /** A post was deleted; {@code caused} are the entries its votes and acceptance made. */
    record PostDeleted(List<LedgerEntry> caused) implements ReputationEvent {
        public PostDeleted {
            caused = List.copyOf(caused);
        }
    }
}
