package dev.peerdesk.reputation;

import java.util.Objects;

/**
 * What just happened to one user, as far as badges care. Each fact is about the user who may
 * earn the badge (the author, the voter, the editor, the answerer or the asker).
 */
public sealed interface BadgeFacts {

    /** The user's own post now has this score (after a vote). */
    record OwnPostScored(PostKind postKind, int score) implements BadgeFacts {
        public OwnPostScored {
            Objects.requireNonNull(postKind, "postKind");
        }
    }

    /** The user cast a vote. */
    record VoteGiven(VoteDirection direction) implements BadgeFacts {
        public VoteGiven {
            Objects.requireNonNull(direction, "direction");
        }
    }

    /** The user edited a post. */
    record PostEdited() implements BadgeFacts {
    }

    /**
     * The user's answer was accepted.
     *
     * @param selfAccepted       the user accepted their own answer on their own question
     * @param acceptedAnswers    how many of the user's answers are now accepted by someone else (this one included)
     * @param questionEscalated  the question had already been escalated to support
     */
    record OwnAnswerAccepted(boolean selfAccepted, int acceptedAnswers, boolean questionEscalated)
            implements BadgeFacts {
    }

    /**
     * The user accepted an answer on their own question.
     *
     * @param ownAnswer the accepted answer is the user's own
     */
    record AcceptedAnswerOnOwnQuestion(boolean ownAnswer) implements BadgeFacts {
    }
}
