package dev.peerdesk.question.control;


import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.platform.text.EnumNames;
import dev.peerdesk.question.entity.Answer;
import dev.peerdesk.question.entity.Comment;
import dev.peerdesk.question.entity.Post;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.question.entity.Revision;
import dev.peerdesk.question.entity.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Read queries of the Q&A core. Every list is a keyset range over an index (no OFFSET), and a
 * thread loads in a fixed number of queries however many answers and comments it has.
 */
@ApplicationScoped
public class QuestionQueries {

    @PersistenceContext
    EntityManager em;

    /** {@code ?sort=newest|active|votes|unanswered} (read at the edge by {@link EnumNames}). */
    @EnumNames.LowerCase
    public enum Sort {
        NEWEST, ACTIVE, VOTES, UNANSWERED;

        /** Ordered by a column before the id (ACTIVE, VOTES), not by the id alone. */
        boolean keyed() {
            return this == ACTIVE || this == VOTES;
        }
    }

    /**
     * The statement of one question list page: ?1 tag id, ?2 the cursor's sort key, ?3 the cursor's
     * id, ?4 rows. Every variant is one index range named in the statement: the sort's own index
     * (FORCE INDEX), or the tag's {@code question_tag} range when that is small or already in order.
     * Public for the test that checks each plan with EXPLAIN against the real database.
     */
    public record ListStatement(Sort sort, boolean tagged, boolean fromTagRange, boolean after) {

        public String sql() {
            String sortKey = switch (sort) {
                case NEWEST, UNANSWERED -> null;
                case ACTIVE -> "p.last_activity_at";
                case VOTES -> "p.score";
            };
            StringBuilder sql = new StringBuilder("SELECT p.id FROM ");
            if (fromTagRange) {
                sql.append("question_tag qt STRAIGHT_JOIN post p ON p.id = qt.question_id WHERE qt.tag_id = ?1 AND");
            } else {
                sql.append("post p FORCE INDEX (").append(switch (sort) {
                    case NEWEST -> "ix_question_newest";
                    case UNANSWERED -> "ix_question_unanswered";
                    case ACTIVE -> "ix_question_active";
                    case VOTES -> "ix_question_votes";
                }).append(") WHERE");
                if (tagged) {
                    // a scalar subquery, not EXISTS: the optimizer may turn EXISTS into a join driven by
                    // the tag's rows (and sort them); this walks the sort index and looks each row up
                    sql.append(" (SELECT COUNT(*) FROM question_tag qt WHERE qt.tag_id = ?1 AND qt.question_id = p.id) > 0 AND");
                }
            }
            sql.append(" p.kind = 'Q' AND p.deleted = 0 AND p.hidden = 0");
            if (sort == Sort.UNANSWERED) {
                sql.append(" AND p.positive_answer_count = 0 AND p.accepted_answer_id IS NULL");
            }
            String id = fromTagRange ? "qt.question_id" : "p.id";
            if (after) {
                sql.append(sortKey == null ? " AND " + id + " < ?3"
                        : " AND (" + sortKey + " < ?2 OR (" + sortKey + " = ?2 AND " + id + " < ?3))");
            }
            return sql.append(" ORDER BY ").append(sortKey == null ? "" : sortKey + " DESC, ")
                    .append(id).append(" DESC LIMIT ?4").toString();
        }
    }

    /**
     * Below this many questions a tag's list is read from its {@code question_tag} range and sorted;
     * above, the sort order's own index is walked and each row checked for the tag, which reaches a
     * page after about limit × (all questions ÷ tagged) rows. Either way the rows read are bounded.
     */
    static final int SMALL_TAG = 2_000;

    /**
     * The visible questions in the given order; a keyset page of at most {@code limit}. The ids come
     * from one index range named in the statement (FORCE INDEX): left to itself the optimizer walks the
     * primary key backwards for the newest list, which reads every answer row after a bulk import
     * (answers' ids above all questions). The rows then load by primary key with their authors.
     */
    public Cursor.Page<Question> list(Sort sort, String tag, int limit, String cursor) {
        Optional<Tag> tagged = Optional.empty();
        if (tag != null && !tag.isBlank()) {
            tagged = em.createQuery("SELECT t FROM Tag t WHERE t.name = :name", Tag.class)
                    .setParameter("name", tag.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
            if (tagged.isEmpty()) {
                return new Cursor.Page<>(List.of(), null);
            }
        }
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
        ListStatement statement = new ListStatement(sort, tagged.isPresent(),
                tagged.isPresent() && (!sort.keyed() || tagged.get().questionCount() <= SMALL_TAG), after != null);
        // Built at run time (sort, tag and cursor are optional clauses): cannot be a named query.
        var query = em.createNativeQuery(statement.sql()).setParameter(4, limit + 1);
        tagged.ifPresent(t -> query.setParameter(1, t.id()));
        if (after != null) {
            query.setParameter(3, after.id());
            switch (sort) {
                case ACTIVE -> query.setParameter(2, dbTime(Instant.ofEpochSecond(0, after.sortKeyAsLong())));
                case VOTES -> query.setParameter(2, (int) after.sortKeyAsLong());
                default -> { }
            }
        }
        List<Long> ids = ((List<?>) query.getResultList()).stream().map(n -> ((Number) n).longValue()).toList();
        return Cursor.page(byIds(ids), limit, q -> switch (sort) {
            case NEWEST, UNANSWERED -> new Cursor("", q.id());
            case ACTIVE -> new Cursor(String.valueOf(nanos(q.lastActivityAt())), q.id());
            case VOTES -> new Cursor(String.valueOf(q.score()), q.id());
        });
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }


    public Optional<Long> tagId(String name) {
        return em.createQuery("SELECT t.id FROM Tag t WHERE t.name = :name", Long.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    public Optional<Question> question(long id) {
        return em.createQuery("SELECT q FROM Question q JOIN FETCH q.author WHERE q.id = :id", Question.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** Answers of a question with their authors: accepted first, then score, then oldest. */
    public List<Answer> answers(long questionId) {
        return em.createQuery("SELECT a FROM Answer a JOIN FETCH a.author WHERE a.questionId = :q AND a.deleted = false"
                        + " ORDER BY a.accepted DESC, a.score DESC, a.createdAt ASC, a.id ASC", Answer.class)
                .setParameter("q", questionId).getResultList();
    }

    /** All comments of a thread (question and answers) with their authors, in one query. */
    public Map<Long, List<Comment>> commentsByPost(long questionId) {
        return em.createQuery("SELECT c FROM Comment c JOIN FETCH c.author WHERE c.questionId = :q AND c.deleted = false"
                        + " ORDER BY c.id", Comment.class)
                .setParameter("q", questionId).getResultStream()
                .collect(Collectors.groupingBy(Comment::postId, HashMap::new, Collectors.toList()));
    }

    /** The viewer's votes on a thread's posts, by post id, in one query. */
    public Map<Long, Integer> votesOf(long viewerId, long questionId) {
        Map<Long, Integer> votes = new HashMap<>();
        Row.list(em.createNamedQuery(Post.VOTES_IN_THREAD)
                        .setParameter(1, viewerId).setParameter(2, questionId).setParameter(3, questionId))
                .forEach(r -> votes.put(r.longAt(0), r.intAt(1)));
        return votes;
    }

    /** How many of the user's answers are accepted (for the badges that count them). */
    public long acceptedAnswersOf(long authorId) {
        return ((Number) em.createNamedQuery(Post.ACCEPTED_ANSWERS_OF)
                .setParameter(1, authorId).getSingleResult()).longValue();
    }

    public List<Revision> revisions(long postId) {
        return em.createQuery("SELECT r FROM Revision r WHERE r.postId = :p ORDER BY r.revision", Revision.class)
                .setParameter("p", postId).getResultList();
    }

    /** A user's most recent visible questions, newest first (index {@code ix_post_author}); at most {@code limit}. */
    public List<Question> byAuthor(long authorId, int limit) {
        return em.createQuery("SELECT q FROM Question q JOIN FETCH q.author WHERE q.author.id = :author"
                        + " AND q.deleted = false AND q.hidden = false ORDER BY q.id DESC", Question.class)
                .setParameter("author", authorId).setMaxResults(limit).getResultList();
    }

    /**
     * Tags in use, most used first; with a prefix only the tags whose name starts with it (a range of
     * the unique name index). At most {@code limit}.
     */
    public List<Tag> tags(String prefix, int limit) {
        String start = prefix == null ? "" : prefix.strip().toLowerCase();
        TypedQuery<Tag> query = em.createQuery("SELECT t FROM Tag t WHERE t.questionCount > 0"
                + (start.isEmpty() ? "" : " AND t.name LIKE :prefix ESCAPE '!'")
                + " ORDER BY t.questionCount DESC, t.name", Tag.class);
        if (!start.isEmpty()) {
            query.setParameter("prefix", start.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return query.setMaxResults(limit).getResultList();
    }

    /**
     * The question each of these posts belongs to (a question belongs to itself), for linking to a
     * post by id; posts that are gone are left out. Bounded by the caller's page size.
     */
    public Map<Long, Long> questionIdsOf(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> questionIds = new HashMap<>();
        em.createQuery("SELECT q.id FROM Question q WHERE q.id IN :ids AND q.deleted = false", Long.class)
                .setParameter("ids", postIds).getResultStream().forEach(id -> questionIds.put(id, id));
        Row.list(em.createQuery("SELECT a.id, a.questionId FROM Answer a WHERE a.id IN :ids AND a.deleted = false")
                        .setParameter("ids", postIds))
                .forEach(r -> questionIds.put(r.longAt(0), r.longAt(1)));
        return questionIds;
    }

    /** Visible questions with these ids and their authors, in the order of {@code ids} (bounded by page size). */
    public List<Question> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Question> found = em.createQuery(
                        "SELECT q FROM Question q JOIN FETCH q.author WHERE q.id IN :ids", Question.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        return ids.stream().map(found::get).filter(q -> q != null).toList();
    }

    /** The five visible questions whose titles are nearest to a draft title (MariaDB FULLTEXT). */
    public List<Question> similar(String title) {
        String words = fullTextWords(title);
        if (words.length() < 3) {
            return List.of();
        }
        List<?> ids = em.createNamedQuery(Post.SIMILAR_TITLES)
                .setParameter(1, words).setParameter(2, words).getResultList();
        return byIds(ids.stream().map(id -> ((Number) id).longValue()).toList());
    }

    /**
     * Up to three solved questions (an accepted answer) whose titles are nearest to {@code title}, other
     * than {@code except}: what a question asked by e-mail is answered with at once (deflection).
     */
    public List<Question> similarSolved(String title, long except) {
        String words = fullTextWords(title);
        if (words.length() < 3) {
            return List.of();
        }
        List<?> ids = em.createNamedQuery(Post.SIMILAR_SOLVED)
                .setParameter(1, words).setParameter(2, words).setParameter(3, except).getResultList();
        return byIds(ids.stream().map(id -> ((Number) id).longValue()).toList());
    }

    public record SearchHit(Question question, double relevance) {
    }

    /**
     * The words of a search text, without the characters InnoDB's FULLTEXT parser reads as operators
     * even in natural language mode: a lone {@code *} (or {@code "}, {@code (}, …) is a syntax error
     * there, not "no match". Those characters separate words anyway, so dropping them loses nothing.
     */
    public static String fullTextWords(String text) {
        return text == null ? "" : text.replaceAll("[^\\p{L}\\p{M}\\p{N}_]+", " ").strip();
    }

    /**
     * Full-text search over question titles and bodies, best match first; keyset-paged on
     * (relevance, id). {@code accepted} filters on whether the question has an accepted answer.
     */
    public Cursor.Page<SearchHit> search(String text, String tag, Boolean accepted, int limit, String cursor) {
        Cursor after = cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor);
        String words = fullTextWords(text);
        if (words.isEmpty()) { // only punctuation: nothing can match
            return new Cursor.Page<>(List.of(), null);
        }
        Optional<Long> tagId = Optional.empty();
        if (tag != null && !tag.isBlank()) {
            tagId = tagId(tag.strip().toLowerCase());
            if (tagId.isEmpty()) {
                return new Cursor.Page<>(List.of(), null);
            }
        }
        String match = "MATCH(p.title, p.body) AGAINST (?1 IN NATURAL LANGUAGE MODE)";
        StringBuilder sql = new StringBuilder("SELECT p.id, " + match + " AS relevance FROM post p"
                + " WHERE p.kind = 'Q' AND p.deleted = 0 AND p.hidden = 0 AND " + match);
        if (accepted != null) {
            sql.append(accepted ? " AND p.accepted_answer_id IS NOT NULL" : " AND p.accepted_answer_id IS NULL");
        }
        tagId.ifPresent(id -> sql.append(" AND p.id IN (SELECT question_id FROM question_tag WHERE tag_id = ?2)"));
        if (after != null) {
            sql.append(" AND (" + match + " < ?3 OR (" + match + " = ?3 AND p.id < ?4))");
        }
        sql.append(" ORDER BY relevance DESC, p.id DESC LIMIT ?5");
        // Built at run time (optional tag filter, keyset clause after a cursor): cannot be a named query.
        var query = em.createNativeQuery(sql.toString()).setParameter(1, words).setParameter(5, limit + 1);
        tagId.ifPresent(id -> query.setParameter(2, id));
        if (after != null) {
            query.setParameter(3, after.sortKeyAsDouble()).setParameter(4, after.id());
        }
        Map<Long, Double> relevance = new HashMap<>();
        List<Long> ids = Row.list(query).stream().map(r -> {
            long id = r.longAt(0);
            relevance.put(id, r.doubleAt(1));
            return id;
        }).toList();
        List<SearchHit> hits = byIds(ids).stream().map(q -> new SearchHit(q, relevance.get(q.id())))
                .sorted(Comparator.comparingDouble(SearchHit::relevance).reversed()
                        .thenComparing(h -> -h.question().id()))
                .toList();
        return Cursor.page(hits, limit, h -> new Cursor(Double.toString(h.relevance()), h.question().id()));
    }

    public static Object dbTime(Instant instant) {
        return InstantConverter.toDatabase(instant);
    }
}
