package dev.peerdesk.question.control;

import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.question.entity.Answer;
import dev.peerdesk.question.entity.Post;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.question.entity.QuestionTag;
import dev.peerdesk.question.entity.Tag;
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
 * one order and cannot deadlock. The statements are named queries on {@link Post}, {@link Tag} and
 * {@link QuestionTag}.
 */
@ApplicationScoped
public class PostCounters {

    @PersistenceContext
    EntityManager em;

    /** A new answer: counted unless held for approval (then {@link #answerVisibility} counts it on approval). */
    public void answerPosted(long questionId, boolean counted, Instant at) {
        em.createNamedQuery(Post.ANSWER_POSTED)
                .setParameter(1, InstantConverter.toDatabase(at)).setParameter(2, questionId)
                .setParameter(3, counted ? 1 : 0).executeUpdate();
    }

    /** An answer enters (+1) or leaves (−1) public view: the question's counters follow. */
    public void answerVisibility(Answer answer, int delta) {
        em.createNamedQuery(Post.ANSWERS)
                .setParameter(1, delta).setParameter(2, answer.score() > 0 ? delta : 0)
                .setParameter(3, answer.questionId()).executeUpdate();
    }

    /** A question enters (+1) or leaves (−1) public view: its tags' question counts follow. */
    public void questionVisibility(Question question, int delta) {
        for (String tag : sorted(question.tags())) {
            em.createNamedQuery(Tag.COUNT).setParameter(1, delta).setParameter(2, tag).executeUpdate();
        }
    }

    /**
     * Moves a post's score by {@code delta} and, for an answer whose score crosses zero, its question's
     * count of positively scored answers. Returns the new score.
     */
    public int score(Post post, int delta) {
        int before = post.score();
        int after = before + delta;
        em.createNamedQuery(Post.SCORE).setParameter(1, delta).setParameter(2, post.id()).executeUpdate();
        if (post instanceof Answer answer && (before > 0) != (after > 0)) {
            em.createNamedQuery(Post.POSITIVE_ANSWERS)
                    .setParameter(1, after > 0 ? 1 : -1).setParameter(2, answer.questionId()).executeUpdate();
        }
        return after;
    }

    /** The post's score as stored now (an entity loaded before {@link #score} moved it holds the old one). */
    public int scoreOf(long postId) {
        return ((Number) em.createNamedQuery(Post.SCORE_OF).setParameter(1, postId).getSingleResult()).intValue();
    }

    /** Something happened in the thread: the question moves up the "active" order. */
    public void activity(long questionId, Instant at) {
        em.createNamedQuery(Post.ACTIVITY)
                .setParameter(1, InstantConverter.toDatabase(at)).setParameter(2, questionId).executeUpdate();
    }

    /** Adds the tags to a visible question, creating unknown ones and counting it under each. */
    public void tag(long questionId, List<String> tags, Instant now) {
        for (String tag : sorted(tags)) {
            em.createNamedQuery(Tag.ADDED)
                    .setParameter(1, tag).setParameter(2, InstantConverter.toDatabase(now)).executeUpdate();
            em.createNamedQuery(QuestionTag.LINK).setParameter(1, questionId).setParameter(2, tag).executeUpdate();
        }
    }

    /** Removes the tags from a visible question, which no longer counts under them. */
    public void untag(long questionId, List<String> tags) {
        for (String tag : sorted(tags)) {
            em.createNamedQuery(Tag.COUNT).setParameter(1, -1).setParameter(2, tag).executeUpdate();
            em.createNamedQuery(QuestionTag.UNLINK).setParameter(1, questionId).setParameter(2, tag).executeUpdate();
        }
    }

    private static List<String> sorted(List<String> tags) {
        List<String> sorted = new ArrayList<>(tags);
        sorted.sort(null);
        return sorted;
    }
}
