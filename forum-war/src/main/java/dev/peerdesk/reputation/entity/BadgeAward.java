package dev.peerdesk.reputation.entity;

import dev.peerdesk.reputation.Badge;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A badge a user holds; the primary key (user, badge) makes each badge awarded once. */
@Entity
@Table(name = "badge_award")
@IdClass(BadgeAward.Key.class)
@NamedNativeQuery(name = BadgeAward.AWARD,
        query = "INSERT IGNORE INTO badge_award (user_id, badge, post_id, awarded_at) VALUES (?1, ?2, ?3, ?4)")
@NamedNativeQuery(name = BadgeAward.HELD, query = "SELECT badge FROM badge_award WHERE user_id = ?1")
public class BadgeAward {

    /** ?1 user, ?2 badge, ?3 post (or null), ?4 when; 0 rows when held already. */
    public static final String AWARD = "BadgeAward.award";
    /** The badges user ?1 holds. */
    public static final String HELD = "BadgeAward.held";

    public static class Key implements Serializable {
        private Long userId;
        private Badge badge;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(userId, k.userId) && badge == k.badge;
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, badge);
        }
    }

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Id
    @Enumerated(EnumType.STRING)
    private Badge badge;

    @Column(name = "awarded_at")
    private Instant awardedAt;

    protected BadgeAward() {
    }

    public Badge badge() {
        return badge;
    }

    public Instant awardedAt() {
        return awardedAt;
    }

    public Long userId() {
        return userId;
    }
}
