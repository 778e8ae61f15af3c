package dev.peerdesk.question.control;

/**
 * What happened in a thread that other features react to, fired synchronously inside the
 * transaction that changed the thread, so their reaction commits or rolls back with it.
 */
public sealed interface ThreadEvent {

    long questionId();

    /** Something changed that may make the question due for escalation sooner (or again). */
    record EscalationMayChange(long questionId) implements ThreadEvent {
    }

    /** A question was published: asked, or approved by a moderator after it was held. */
    record QuestionAsked(long questionId, long authorId) implements ThreadEvent {
    }

    /** An answer was published: posted, or approved by a moderator after it was held. */
    record AnswerPosted(long questionId, long answerId, long authorId, boolean official) implements ThreadEvent {
    }

    record AnswerAccepted(long questionId, long answerId, long askerId, boolean official) implements ThreadEvent {
    }

    /** The asker took their acceptance back (not a switch to another answer, which is {@link AnswerAccepted}). */
    record AnswerUnaccepted(long questionId, long answerId, long askerId) implements ThreadEvent {
    }

    /** Anyone commented on a post of the thread (fired besides {@link AskerCommented}). */
    record CommentPosted(long questionId, long postId, long commentId, long authorId) implements ThreadEvent {
    }

    /** The asker commented somewhere in their own thread. */
    record AskerCommented(long questionId, long askerId) implements ThreadEvent {
    }
}
