package dev.peerdesk.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One vote to close a question: a row per (question, voter) — the primary key makes a second vote by
 * the same person impossible, whatever the concurrency. Written and read only through these
 * statements (by {@code moderation.control.CloseVotes}); never loaded or persisted as an entity.
 */
@Entity
@Table(name = "close_vote")
@IdClass(CloseVote.Key.class)
@NamedNativeQuery(name = CloseVote.CAST, query = "INSERT IGNORE INTO close_vote (question_id, voter_id, reason,"
        + " duplicate_of_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
@NamedNativeQuery(name = CloseVote.OF_QUESTION,
        query = "SELECT voter_id, reason, duplicate_of_id FROM close_vote WHERE question_id = ?1")
@NamedNativeQuery(name = CloseVote.CLEAR, query = "DELETE FROM close_vote WHERE question_id = ?1")
public class CloseVote {

    /** ?1 question, ?2 voter, ?3 reason, ?4 duplicate of (or null), ?5 when; 0 rows when already cast. */
    public static final String CAST = "CloseVote.cast";
    /** (voter, reason, duplicate of) of question ?1. */
    public static final String OF_QUESTION = "CloseVote.ofQuestion";
    /** Every close vote on question ?1. */
    public static final String CLEAR = "CloseVote.clear";

    @Id
    @Column(name = "question_id")
    private long questionId;

    @Id
    @Column(name = "voter_id")
    private long voterId;

    private String reason;

    @Column(name = "duplicate_of_id")
    private Long duplicateOfId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CloseVote() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long questionId;
        private long voterId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.questionId == questionId && k.voterId == voterId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(questionId, voterId);
        }
    }
}
