package dev.peerdesk.reputation.entity;

import dev.peerdesk.reputation.ReputationReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of the reputation ledger; never changed or deleted once written. */
@Entity
@Table(name = "reputation_entry")
// the ledger's statements, run by reputation.control.ReputationLedger (the owner of the ledger and of
// the totals cached from it in app_user.reputation)
@NamedNativeQuery(name = ReputationEntry.GAINED_SINCE, query = "SELECT user_id, SUM(delta) AS gained"
        + " FROM reputation_entry WHERE created_at >= ?1 GROUP BY user_id HAVING SUM(delta) > 0"
        + " ORDER BY gained DESC, user_id LIMIT ?2")
@NamedNativeQuery(name = ReputationEntry.DRIFTED, query = "SELECT u.id, u.reputation, 1 + COALESCE(SUM(e.delta), 0)"
        + " FROM app_user u LEFT JOIN reputation_entry e ON e.user_id = u.id GROUP BY u.id, u.reputation"
        + " HAVING u.reputation <> 1 + COALESCE(SUM(e.delta), 0)")
@NamedNativeQuery(name = ReputationEntry.USERS, query = "SELECT COUNT(*) FROM app_user")
@NamedNativeQuery(name = ReputationEntry.REPAIR, query = "UPDATE app_user SET reputation = ?1 WHERE id = ?2")
@NamedNativeQuery(name = ReputationEntry.MOVE_TOTAL,
        query = "UPDATE app_user SET reputation = reputation + ?1 WHERE id = ?2")
public class ReputationEntry {

    /** (user, gained) of the ?2 users with the largest positive gains since ?1, largest first. */
    public static final String GAINED_SINCE = "ReputationEntry.gainedSince";
    /** (user, stored total, ledger total) of every user whose stored total disagrees with the ledger. */
    public static final String DRIFTED = "ReputationEntry.drifted";
    /** How many users there are (the ledger check's denominator). */
    public static final String USERS = "ReputationEntry.users";
    /** ?1 the ledger's total for user ?2. */
    public static final String REPAIR = "ReputationEntry.repair";
    /** User ?2's total moves by ?1, the delta of an entry just written (atomic, never read-modify-write). */
    public static final String MOVE_TOTAL = "ReputationEntry.moveTotal";

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
