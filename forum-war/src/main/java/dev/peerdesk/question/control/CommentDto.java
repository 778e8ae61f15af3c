package dev.peerdesk.question.control;

import dev.peerdesk.question.entity.Comment;
import dev.peerdesk.user.control.UserRef;

import java.time.Instant;

public record CommentDto(long id, long postId, String body, UserRef author, Instant createdAt) {

    public static CommentDto of(Comment c) {
        return new CommentDto(c.id(), c.postId(), c.body(), UserRef.of(c.author()), c.createdAt());
    }
}
