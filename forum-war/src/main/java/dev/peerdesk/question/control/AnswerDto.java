package dev.peerdesk.question.control;

import jakarta.json.bind.annotation.JsonbNillable;

import dev.peerdesk.question.entity.Answer;
import dev.peerdesk.user.control.UserRef;

import java.time.Instant;
import java.util.List;

@JsonbNillable
public record AnswerDto(long id, long questionId, String body, String bodyHtml, UserRef author, int score,
                        int viewerVote, boolean accepted, boolean official, boolean hidden, Instant createdAt,
                        Instant updatedAt, List<CommentDto> comments) {

    public static AnswerDto of(Answer a, int viewerVote, List<CommentDto> comments) {
        return new AnswerDto(a.id(), a.questionId(), a.body(), a.bodyHtml(), UserRef.of(a.author()), a.score(),
                viewerVote, a.accepted(), a.official(), a.hidden(), a.createdAt(), a.updatedAt(), comments);
    }
}
