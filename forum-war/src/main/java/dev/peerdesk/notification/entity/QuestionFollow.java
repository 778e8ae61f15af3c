package dev.peerdesk.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * Whether a user follows a question (automatically, or explicitly with PUT /questions/{id}/follow). Written and read
 * only through these statements (by {@code notification.control}); never loaded or persisted as an entity.
 */
@Entity
@Table(name = "question_follow")
@IdClass(QuestionFollow.Key.class)
@NamedNativeQuery(name = QuestionFollow.AUTO_FOLLOW,
        query = "INSERT IGNORE INTO question_follow (question_id, user_id, following, created_at)"
                + " VALUES (?1, ?2, TRUE, ?3)")
@NamedNativeQuery(name = QuestionFollow.FOLLOW,
        query = "INSERT INTO question_follow (question_id, user_id, following, created_at)"
                + " VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE following = VALUES(following)")
@NamedNativeQuery(name = QuestionFollow.FOLLOWS, query = "SELECT 1 FROM question_follow WHERE question_id = ?1"
        + " AND user_id = ?2 AND following = TRUE")
public class QuestionFollow {

    /** ?1 question, ?2 user, ?3 when: follows, unless a row (also an explicit unfollow) is there. */
    public static final String AUTO_FOLLOW = "QuestionFollow.autoFollow";
    /** ?1 question, ?2 user, ?3 following, ?4 when: the explicit choice, overwriting any. */
    public static final String FOLLOW = "QuestionFollow.follow";
    /** A row when user ?2 follows question ?1. */
    public static final String FOLLOWS = "QuestionFollow.follows";

    @Id
    @Column(name = "question_id")
    private long questionId;

    @Id
    @Column(name = "user_id")
    private long userId;

    protected QuestionFollow() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long questionId;
        private long userId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.questionId, questionId) && Objects.equals(k.userId, userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(questionId, userId);
        }
    }
}
