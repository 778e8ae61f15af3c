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
 * A user following a tag: they hear of every new question with it. Written and read only through these statements (by
 * {@code notification.control}); never loaded or persisted as an entity.
 */
@Entity
@Table(name = "tag_follow")
@IdClass(TagFollow.Key.class)
@NamedNativeQuery(name = TagFollow.FOLLOWED_TAG_OF, query = "SELECT MIN(t.name) FROM question_tag qt JOIN tag_follow f"
        + " ON f.tag_id = qt.tag_id AND f.user_id = ?2 JOIN tag t ON t.id = qt.tag_id WHERE qt.question_id = ?1")
@NamedNativeQuery(name = TagFollow.FOLLOWS, query = "SELECT 1 FROM tag_follow f JOIN tag t ON t.id = f.tag_id"
        + " WHERE t.name = ?1 AND f.user_id = ?2")
@NamedNativeQuery(name = TagFollow.FOLLOW,
        query = "INSERT IGNORE INTO tag_follow (tag_id, user_id, created_at) VALUES (?1, ?2, ?3)")
@NamedNativeQuery(name = TagFollow.UNFOLLOW, query = "DELETE FROM tag_follow WHERE tag_id = ?1 AND user_id = ?2")
public class TagFollow {

    /** The first (by name) of question ?1's tags that user ?2 follows, or NULL. */
    public static final String FOLLOWED_TAG_OF = "TagFollow.followedTagOf";
    /** A row when user ?2 follows the tag named ?1. */
    public static final String FOLLOWS = "TagFollow.follows";
    /** ?1 tag, ?2 user, ?3 when; 0 rows when followed already. */
    public static final String FOLLOW = "TagFollow.follow";
    /** ?1 tag, ?2 user. */
    public static final String UNFOLLOW = "TagFollow.unfollow";

    @Id
    @Column(name = "tag_id")
    private long tagId;

    @Id
    @Column(name = "user_id")
    private long userId;

    protected TagFollow() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long tagId;
        private long userId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.tagId, tagId) && Objects.equals(k.userId, userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tagId, userId);
        }
    }
}
