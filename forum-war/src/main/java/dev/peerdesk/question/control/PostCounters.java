package dev.peerdesk.question.control;

import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.question.entity.Answer;
import dev.peerdesk.question.entity.Post;
import dev.peerdesk.question.entity.Question;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one writer of the denormalised counters on {@code post} and {@code tag}; every feature that
 * changes what is publicly visible (asking, answering, deleting, moderating, voting) goes through it,
 * so these invariants have one owner:
 * <ul>
 * <li>{@code post.answer_count} = the question's visible answers (not hidden, not deleted, not held);</li>
 * <li>{@code post.positive_answer_count} = those of them with a score above zero;</li>
 * <li>{@code tag.question_count} = visible questions carrying the tag.</li>
 * </ul>
 * Counters move with atomic {@code UPDATE … SET x = x + ?}, never read-modify-write, so parallel
 * writers lose nothing. Tags are touched in sorted order so that parallel transactions lock them in
 * one order and cannot deadlock.
 */
@ApplicationScoped
public class PostCounters {

    private static final String ANSWERS = "UPDATE post SET answer_count = answer_count + ?1,"
            + " positive_answer_count = positive_answer_count + ?2 WHERE id = ?3";
    private static final String ANSWER_POSTED = "UPDATE post SET answer_count = answer_count + ?3,"
            + " last_activity_at = GREATEST(last_activity_at, ?1) WHERE id = ?2";
    private static final String POSITIVE_ANSWERS =
            "UPDATE post SET positive_answer_count = positive_answer_count + ?1 WHERE id = ?2";
    private static final String SCORE_OF = "SELECT score FROM post WHERE id = ?1";
    private static final String SCORE = "UPDATE post SET score = score + ?1 WHERE id = ?2";
    private static final String ACTIVITY =
            "UPDATE post SET last_activity_at = GREATEST(last_activity_at, ?1) WHERE id = ?2";
    private static final String TAG_COUNT = "UPDATE tag SET question_count = question_count + ?1 WHERE name = ?2";
    private static final String TAG_ADDED = "INSERT INTO tag (name, question_count, created_at) VALUES (?1, 1, ?2)"
            + " ON DUPLICATE KEY UPDATE question_count = question_count + 1";
    private static final String LINK_TAG =
            "INSERT INTO question_tag (tag_id, question_id) SELECT id, ?1 FROM tag WHERE name = ?2";
    private static final String UNLINK_TAG = "DELETE FROM question_tag WHERE question_id = ?1"
            + " AND tag_id = (SELECT id FROM tag WHERE name = ?2)";

    @PersistenceContext
    EntityManager em;

    /** A new answer: counted unless held for approval (then {@link #answerVisibility} counts it on approval). */
    public void answerPosted(long questionId, boolean counted, Instant at) {
        em.createNativeQuery(ANSWER_POSTED)
                .setParameter(1, InstantConverter.toDatabase(at)).setParameter(2, questionId)
                .setParameter(3, counted ? 1 : 0).executeUpdate();
    }

    /** An answer enters (+1) or leaves (−1) public view: the question's counters follow. */
    public void answerVisibility(Answer answer, int delta) {
        em.createNativeQuery(ANSWERS)
                .setParameter(1, delta).setParameter(2, answer.score() > 0 ? delta : 0)
                .setParameter(3, answer.questionId()).executeUpdate();
    }

    /** A question enters (+1) or leaves (−1) public view: its tags' question counts follow. */
    public void questionVisibility(Question question, int delta) {
        for (String tag : sorted(question.tags())) {
            em.createNativeQuery(TAG_COUNT).setParameter(1, delta).setParameter(2, tag).executeUpdate();
        }
    }

    /**
     * Moves a post's score by {@code delta} and, for an answer whose score crosses zero, its question's
     * count of positively scored answers. Returns the new score.
     */
    public int score(Post post, int delta) {
        int before = post.score();
        int after = before + delta;
        em.createNativeQuery(SCORE).setParameter(1, delta).setParameter(2, post.id()).executeUpdate();
        if (post instanceof Answer answer && (before > 0) != (after > 0)) {
            em.createNativeQuery(POSITIVE_ANSWERS)
                    .setParameter(1, after > 0 ? 1 : -1).setParameter(2, answer.questionId()).executeUpdate();
        }
        return after;
    }

    /** The post's score as stored now (an entity loaded before {@link #score} moved it holds the old one). */
    public int scoreOf(long postId) {
        return ((Number) em.createNativeQuery(SCORE_OF).setParameter(1, postId).getSingleResult()).intValue();
    }

    /** Something happened in the thread: the question moves up the "active" order. */
    public void activity(long questionId, Instant at) {
        em.createNativeQuery(ACTIVITY)
                .setParameter(1, InstantConverter.toDatabase(at)).setParameter(2, questionId).executeUpdate();
    }

    /** Adds the tags to a visible question, creating unknown ones and counting it under each. */
    public void tag(long questionId, List<String> tags, Instant now) {
        for (String tag : sorted(tags)) {
            em.createNativeQuery(TAG_ADDED)
                    .setParameter(1, tag).setParameter(2, InstantConverter.toDatabase(now)).executeUpdate();
            em.createNativeQuery(LINK_TAG).setParameter(1, questionId).setParameter(2, tag).executeUpdate();
        }
    }

    /** Removes the tags from a visible question, which no longer counts under them. */
    public void untag(long questionId, List<String> tags) {
        for (String tag : sorted(tags)) {
            em.createNativeQuery(TAG_COUNT).setParameter(1, -1).setParameter(2, tag).executeUpdate();
            em.createNativeQuery(UNLINK_TAG).setParameter(1, questionId).setParameter(2, tag).executeUpdate();
        }
    }

    private static List<String> sorted(List<String> tags) {
        List<String> sorted = new ArrayList<>(tags);
        sorted.sort(null);
        return sorted;
    }
}
