package dev.peerdesk.vote.entity;

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
 * One vote: a row per (post, voter), primary key {@code (post_id, voter_id)}, so a vote is cast at
 * most once whatever the concurrency. Written and read only through these statements (by
 * {@code vote.control.Votes}, the table's owner); the entity is never loaded or persisted as such.
 */
@Entity
@Table(name = "vote")
@IdClass(Vote.Key.class)
@NamedNativeQuery(name = Vote.CURRENT, query = "SELECT value FROM vote WHERE post_id = ?1 AND voter_id = ?2")
@NamedNativeQuery(name = Vote.CAST,
        query = "INSERT INTO vote (post_id, voter_id, value, author_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
@NamedNativeQuery(name = Vote.CHANGE,
        query = "UPDATE vote SET value = ?1, created_at = ?2 WHERE post_id = ?3 AND voter_id = ?4")
@NamedNativeQuery(name = Vote.REMOVE, query = "DELETE FROM vote WHERE post_id = ?1 AND voter_id = ?2")
@NamedNativeQuery(name = Vote.FREQUENT_PAIRS, query = "SELECT voter_id, author_id FROM vote WHERE created_at >= ?1"
        + " GROUP BY voter_id, author_id HAVING COUNT(*) >= ?2")
@NamedNativeQuery(name = Vote.OF_PAIR, query = "SELECT post_id, created_at FROM vote"
        + " WHERE voter_id = ?1 AND author_id = ?2 AND created_at >= ?3 ORDER BY created_at")
public class Vote {

    /** The voter's value on the post: ?1 post, ?2 voter. */
    public static final String CURRENT = "Vote.current";
    /** ?1 post, ?2 voter, ?3 value, ?4 the post's author, ?5 when. */
    public static final String CAST = "Vote.cast";
    /** ?1 value, ?2 when, ?3 post, ?4 voter. */
    public static final String CHANGE = "Vote.change";
    /** ?1 post, ?2 voter. */
    public static final String REMOVE = "Vote.remove";
    /** (voter, author) pairs with at least ?2 votes since ?1. */
    public static final String FREQUENT_PAIRS = "Vote.frequentPairs";
    /** (post, when) of voter ?1's votes on author ?2's posts since ?3, oldest first. */
    public static final String OF_PAIR = "Vote.ofPair";

    @Id
    @Column(name = "post_id")
    private long postId;

    @Id
    @Column(name = "voter_id")
    private long voterId;

    private int value;

    @Column(name = "author_id")
    private long authorId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Vote() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long postId;
        private long voterId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.postId == postId && k.voterId == voterId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(postId, voterId);
        }
    }
}
