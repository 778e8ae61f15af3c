package dev.peerdesk.notification.control;

/**
 * One fact to tell: its type, where it happened, and {@code foldKey} when a burst of such facts
 * folds into the recipient's one unread notification (null: every fact is a row of its own).
 */
public record Notice(NotificationType type, Long questionId, Long postId, Long ticketId, String detail,
                     String foldKey) {

    public static Notice folding(NotificationType type, long questionId, Long postId, Long ticketId, String foldOn) {
        return new Notice(type, questionId, postId, ticketId, null, type.name() + ":" + foldOn);
    }

    public static Notice single(NotificationType type, long questionId, Long postId, Long ticketId, String detail) {
        return new Notice(type, questionId, postId, ticketId, detail, null);
    }
}
