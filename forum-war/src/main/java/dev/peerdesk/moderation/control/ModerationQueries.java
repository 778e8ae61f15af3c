package dev.peerdesk.moderation.control;

import dev.peerdesk.moderation.entity.Flag;
import dev.peerdesk.platform.Row;
import dev.peerdesk.platform.entity.AuditLogEntry;
import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.platform.text.Markdown;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The review queue and the audit log, keyset-paged on ids. */
@ApplicationScoped
public class ModerationQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    Flags flagTable;

    /** A post to review, with the title of its question (the post's own, for a question). */
    public record QueueItem(Kind kind, long postId, long questionId, String questionTitle, List<Flags.FlagView> flags,
                            String excerpt, Instant createdAt) {
    }

    @JsonbNillable
    public record AuditEntry(long id, Long actorId, String action, String targetType, long targetId, String reason,
                             Instant createdAt) {

        static AuditEntry of(Row r) {
            return new AuditEntry(r.longAt(0), r.longOrNull(1), r.string(2), r.string(3), r.longAt(4), r.string(5),
                    r.instant(6));
        }
    }

    /** {@code ?kind=FLAGS|APPROVAL|HIDDEN} (read at the edge by {@code EnumNames}). */
    public enum Kind { FLAGS, APPROVAL, HIDDEN }

    public Cursor.Page<QueueItem> queue(Kind kind, int limit, String cursor) {
        long after = cursor == null || cursor.isBlank() ? 0 : Cursor.decode(cursor).id();
        List<Long> postIds = switch (kind) {
            case FLAGS -> flagTable.flaggedPosts(after, limit + 1);
            case APPROVAL -> ids(Flag.HELD_POSTS, after, limit + 1);
            case HIDDEN -> ids(Flag.HIDDEN_POSTS, after, limit + 1);
        };
        if (postIds.isEmpty()) {
            return new Cursor.Page<>(List.of(), null);
        }
        Map<Long, List<Flags.FlagView>> flags = flagTable.openOn(postIds);
        List<QueueItem> items = new ArrayList<>();
        for (QueuedPost post : rows("SELECT p.id, q.id, p.title, p.body, p.created_at, q.title FROM post p"
                + " JOIN post q ON q.id = COALESCE(p.question_id, p.id)"
                + " WHERE p.id IN (" + placeholders(postIds) + ") ORDER BY p.id", postIds)) {
            items.add(new QueueItem(kind, post.id(), post.questionId(), post.questionTitle(),
                    flags.getOrDefault(post.id(), List.of()), Markdown.toPlainText(post.body(), 200), post.createdAt()));
        }
        return Cursor.page(items, limit, item -> new Cursor("", item.postId()));
    }

    public Cursor.Page<AuditEntry> auditLog(int limit, String cursor) {
        long before = cursor == null || cursor.isBlank() ? Long.MAX_VALUE : Cursor.decode(cursor).id();
        List<AuditEntry> entries = Row.list(em.createNamedQuery(AuditLogEntry.BEFORE)
                .setParameter(1, before).setParameter(2, limit + 1)).stream().map(AuditEntry::of).toList();
        return Cursor.page(entries, limit, e -> new Cursor("", e.id()));
    }

    /**
     * An audit entry as the moderation page shows it: the actor's display name (null actor:
     * automatic), the reason in words, and what the target is called ({@code userName} for a user;
     * the question's id and title, and the post, for a question, answer, ticket or flag).
     */
    public record AuditLine(long id, Long actorId, String actorName, String action, String targetType, long targetId,
                            String reason, Instant createdAt, String userName, Long questionId, String questionTitle,
                            Long postId) {

        static AuditLine of(Row r) {
            return new AuditLine(r.longAt(0), r.longOrNull(1), r.string(2), r.string(3), r.string(4), r.longAt(5),
                    dev.peerdesk.platform.audit.Changes.readable(r.string(6)), r.instant(7), r.string(8),
                    r.longOrNull(9), r.string(10), r.longOrNull(11));
        }

        /** Whether the post the entry leads to is an answer (not the question itself). */
        public boolean onAnswer() {
            return postId != null && !postId.equals(questionId);
        }
    }

    /** {@link #auditLog} for the page: the same keyset pages, with the actors' names from one join. */
    public Cursor.Page<AuditLine> auditLines(int limit, String cursor) {
        long before = cursor == null || cursor.isBlank() ? Long.MAX_VALUE : Cursor.decode(cursor).id();
        List<AuditLine> lines = Row.list(em.createNamedQuery(AuditLogEntry.LINES_BEFORE)
                .setParameter(1, before).setParameter(2, limit + 1)).stream().map(AuditLine::of).toList();
        return Cursor.page(lines, limit, e -> new Cursor("", e.id()));
    }

    /** The newest audit entries about one target ({@code USER}, {@code QUESTION}, …), for its page. */
    public List<AuditEntry> auditFor(String targetType, long targetId, int limit) {
        return Row.list(em.createNamedQuery(AuditLogEntry.OF_TARGET)
                .setParameter(1, targetType).setParameter(2, targetId).setParameter(3, limit)).stream()
                .map(AuditEntry::of).toList();
    }

    private List<Long> ids(String queryName, long after, int limit) {
        List<?> ids = em.createNamedQuery(queryName).setParameter(1, after).setParameter(2, limit).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private List<QueuedPost> rows(String sql, List<Long> ids) {
        // Built at run time (an IN list of the page's ids): cannot be a named query.
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        return Row.list(query).stream().map(QueuedPost::of).toList();
    }

    /** A post in the review queue, as read for its excerpt. */
    private record QueuedPost(long id, long questionId, String title, String body, Instant createdAt,
                              String questionTitle) {
        static QueuedPost of(Row r) {
            return new QueuedPost(r.longAt(0), r.longAt(1), r.string(2), r.string(3), r.instant(4), r.string(5));
        }
    }

    /** A page is at most 101 ids, so the IN list is bounded. */
    private static String placeholders(List<Long> ids) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= ids.size(); i++) {
            sb.append(i == 1 ? "" : ", ").append('?').append(i);
        }
        return sb.toString();
    }
}
