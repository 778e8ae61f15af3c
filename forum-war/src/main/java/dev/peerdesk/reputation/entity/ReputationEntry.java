package dev.peerdesk.reputation.entity;

import dev.peerdesk.reputation.ReputationReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the reputation ledger; never changed or deleted once written. */
@Entity
@Table(name = "reputation_entry")
public class ReputationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private long userId;

    private int delta;

    @Enumerated(EnumType.STRING)
    private ReputationReason reason;

    @Column(name = "post_id")
    private Long postId;

    private String cause;

    @Column(name = "reverses_id")
    private Long reversesId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ReputationEntry() {
    }

    public ReputationEntry(long userId, int delta, ReputationReason reason, Long postId, String cause,
                           Long reversesId, Instant createdAt) {
        this.userId = userId;
        this.delta = delta;
        this.reason = reason;
        this.postId = postId;
        this.cause = cause;
        this.reversesId = reversesId;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public int delta() {
        return delta;
    }

    public ReputationReason reason() {
        return reason;
    }

    public Long postId() {
        return postId;
    }

    public String cause() {
        return cause;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
