package dev.peerdesk.reputation.entity;

import dev.peerdesk.reputation.Badge;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A badge a user holds; the primary key (user, badge) makes each badge awarded once. */
@Entity
@Table(name = "badge_award")
@IdClass(BadgeAward.Key.class)
public class BadgeAward {

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
