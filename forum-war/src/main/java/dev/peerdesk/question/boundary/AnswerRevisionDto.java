package dev.peerdesk.question.boundary;

import dev.peerdesk.question.entity.Revision;
import jakarta.json.bind.annotation.JsonbNillable;

import java.time.Instant;

/** One revision of an answer (API.md {@code GET /answers/{id}/revisions}); answers have no title or tags. */
@JsonbNillable
public record AnswerRevisionDto(int revision, long authorId, Instant createdAt, String summary, String body) {

    public static AnswerRevisionDto of(Revision r) {
        return new AnswerRevisionDto(r.revision(), r.authorId(), r.createdAt(), r.summary(), r.body());
    }
}
