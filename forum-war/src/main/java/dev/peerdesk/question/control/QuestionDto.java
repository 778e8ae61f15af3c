package dev.peerdesk.question.control;

import jakarta.json.bind.annotation.JsonbNillable;

import dev.peerdesk.moderation.CloseReason;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.question.entity.QuestionStatus;
import dev.peerdesk.user.control.UserRef;

import java.time.Instant;
import java.util.List;

/** {@code Question} of API.md: the whole thread. */
@JsonbNillable
public record QuestionDto(long id, String title, List<String> tags, UserRef author, int score, int answerCount,
                          Long acceptedAnswerId, QuestionStatus status, Instant createdAt, Instant lastActivityAt,
                          boolean escalated, String body, String bodyHtml, int viewCount, int viewerVote,
                          CloseReason closeReason, Long duplicateOfId, boolean hidden, TicketRef ticket,
                          List<AnswerDto> answers, List<CommentDto> comments) {

    /**
     * Nillable on the type itself: Yasson (Payara 6.2025.10) writes a null record-typed component
     * only when the component's own type is nillable, whatever the enclosing record says; without
     * it an asker's question without a ticket had no {@code ticket} key at all.
     */
    @JsonbNillable
    public record TicketRef(long id, TicketState status) {
    }

    /** {@code unwrittenViews}: views counted on this node but not yet in the database. */
    public static QuestionDto of(Question q, int unwrittenViews, int viewerVote, TicketRef ticket, List<AnswerDto> answers,
                                 List<CommentDto> comments) {
        return new QuestionDto(q.id(), q.title(), q.tags(), UserRef.of(q.author()), q.score(), q.answerCount(),
                q.acceptedAnswerId(), q.status(), q.createdAt(), q.lastActivityAt(), q.escalated(),
                q.body(), q.bodyHtml(), q.viewCount() + unwrittenViews, viewerVote, q.closeReason(), q.duplicateOfId(), q.hidden(),
                ticket, answers, comments);
    }
}
