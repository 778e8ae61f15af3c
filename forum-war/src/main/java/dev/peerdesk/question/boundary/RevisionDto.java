package dev.peerdesk.question.boundary;

import dev.peerdesk.question.entity.Revision;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

public record RevisionDto(int revision, long authorId, Instant createdAt, String summary, String title, String body,
                          List<String> tags) {

    public static RevisionDto of(Revision r) {
        List<String> tags = r.tags() == null ? null : Arrays.asList(r.tags().split(" "));
        return new RevisionDto(r.revision(), r.authorId(), r.createdAt(), r.summary(), r.title(), r.body(), tags);
    }
}
