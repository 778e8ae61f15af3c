package dev.peerdesk.question.boundary;

import jakarta.json.bind.annotation.JsonbNillable;

import dev.peerdesk.question.entity.Question;
import dev.peerdesk.question.entity.QuestionStatus;
import dev.peerdesk.user.control.UserRef;

import java.time.Instant;
import java.util.List;

/** {@code QuestionSummary} of API.md; {@code snippet} only in search results. */
@JsonbNillable
public record QuestionSummary(long id, String title, List<String> tags, UserRef author, int score, int answerCount,
                              Long acceptedAnswerId, QuestionStatus status, Instant createdAt, Instant lastActivityAt,
                              boolean escalated, String snippet) {

    public static QuestionSummary of(Question q) {
        return of(q, null);
    }

    public static QuestionSummary of(Question q, String snippet) {
        return new QuestionSummary(q.id(), q.title(), q.tags(), UserRef.of(q.author()), q.score(), q.answerCount(),
                q.acceptedAnswerId(), q.status(), q.createdAt(), q.lastActivityAt(), q.escalated(), snippet);
    }
}
