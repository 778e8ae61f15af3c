package dev.peerdesk.question.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One of the up to five questions shown as related to a question, at its position (1 = nearest).
 * Written only by {@code RelatedQuestions}: the list is computed, never edited.
 */
@Entity
@Table(name = "related_question")
@IdClass(RelatedQuestion.Key.class)
@NamedNativeQuery(name = RelatedQuestion.OF, query = "SELECT related_id FROM related_question"
        + " WHERE question_id = ?1 ORDER BY position")
@NamedNativeQuery(name = RelatedQuestion.CLEAR, query = "DELETE FROM related_question WHERE question_id = ?1")
// The nearest titles by MariaDB's FULLTEXT relevance, newest first among equals; the question itself
// and questions nobody can see are left out.
@NamedNativeQuery(name = RelatedQuestion.COMPUTE, query = "INSERT INTO related_question (question_id, position, related_id)"
        + " SELECT ?1, ROW_NUMBER() OVER (ORDER BY relevance DESC, id DESC), id FROM ("
        + "  SELECT id, MATCH(title) AGAINST (?2 IN NATURAL LANGUAGE MODE) AS relevance FROM post"
        + "  WHERE kind = 'Q' AND deleted = 0 AND hidden = 0 AND id <> ?1"
        + "  AND MATCH(title) AGAINST (?2 IN NATURAL LANGUAGE MODE)"
        + "  ORDER BY relevance DESC, id DESC LIMIT 5) nearest")
@NamedNativeQuery(name = RelatedQuestion.DUE, query = "SELECT question_id FROM related_due WHERE due_at <= ?1"
        + " ORDER BY due_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
@NamedNativeQuery(name = RelatedQuestion.TITLE, query = "SELECT title FROM post WHERE id = ?1 AND kind = 'Q'")
@NamedNativeQuery(name = RelatedQuestion.SCHEDULE, query = "INSERT INTO related_due (question_id, due_at) VALUES (?1, ?2)"
        + " ON DUPLICATE KEY UPDATE due_at = VALUES(due_at)")
@NamedNativeQuery(name = RelatedQuestion.UNSCHEDULE, query = "DELETE FROM related_due WHERE question_id = ?1")
public class RelatedQuestion {

    /** ?1 question: the related question ids, nearest first. */
    public static final String OF = "RelatedQuestion.of";
    /** ?1 question. */
    public static final String CLEAR = "RelatedQuestion.clear";
    /** ?1 question, ?2 the words of its title. */
    public static final String COMPUTE = "RelatedQuestion.compute";
    /** ?1 now, ?2 at most: ids of the questions due, locked for this transaction (others skip them). */
    public static final String DUE = "RelatedQuestion.due";
    /** ?1 question: its title (no row when it is gone). */
    public static final String TITLE = "RelatedQuestion.title";
    /** ?1 question. */
    public static final String UNSCHEDULE = "RelatedQuestion.unschedule";
    /** ?1 question, ?2 when its list is computed next. */
    public static final String SCHEDULE = "RelatedQuestion.schedule";

    @Id
    @Column(name = "question_id")
    private Long questionId;

    @Id
    @Column(name = "position")
    private Integer position;

    @Column(name = "related_id")
    private Long relatedId;

    protected RelatedQuestion() {
    }

    public static class Key implements Serializable {
        private Long questionId;
        private Integer position;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(questionId, k.questionId) && Objects.equals(position, k.position);
        }

        @Override
        public int hashCode() {
            return Objects.hash(questionId, position);
        }
    }
}
