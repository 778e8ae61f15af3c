package dev.peerdesk.moderation.entity;

import dev.peerdesk.moderation.FlagReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;
import java.util.Objects;

/**
 * One member's flag on one post (SPEC §4): at most one per member and post, which the table's unique
 * key {@code uq_flag_once (post_id, flagger_id)} guarantees however the inserts race. A flag is open
 * until a moderator's outcome (or the automatic one) resolves it, once. The statements on the table
 * are the named queries below; {@code moderation.control.Flags} is their only user.
 */
@Entity
@Table(name = "flag", uniqueConstraints = @UniqueConstraint(name = "uq_flag_once", columnNames = {"post_id", "flagger_id"}))
@NamedQuery(name = Flag.BY_FLAGGER, query = "SELECT f FROM Flag f WHERE f.postId = :post AND f.flaggerId = :flagger")
@NamedQuery(name = Flag.OPEN_ON_POST, lockMode = LockModeType.PESSIMISTIC_WRITE,
        query = "SELECT f FROM Flag f WHERE f.postId = :post AND f.status = :status ORDER BY f.id")
@NamedQuery(name = Flag.OPEN_ON_POSTS, // a page of the review queue: at most 101 posts; with each flagger's name
        query = "SELECT f, u.displayName FROM Flag f, User u WHERE u.id = f.flaggerId AND f.postId IN :posts"
                + " AND f.status = :status ORDER BY f.id")
@NamedNativeQuery(name = Flag.FLAGGED_POSTS, // the review queue: posts (not deleted) with open flags, by id (ix_flag_open)
        query = "SELECT p.id FROM post p WHERE p.deleted = 0 AND p.id > ?1"
                + " AND EXISTS (SELECT 1 FROM flag f WHERE f.status = ?2 AND f.post_id = p.id) ORDER BY p.id LIMIT ?3")
@NamedNativeQuery(name = Flag.HELD_POSTS, // the review queue: held posts awaiting approval, by id
        query = "SELECT p.id FROM post p WHERE p.hidden = 1 AND p.deleted = 0 AND p.held = 1 AND p.id > ?1"
                + " ORDER BY p.id LIMIT ?2")
@NamedNativeQuery(name = Flag.HIDDEN_POSTS, // the review queue: posts hidden (not held), by id
        query = "SELECT p.id FROM post p WHERE p.hidden = 1 AND p.deleted = 0 AND p.held = 0 AND p.id > ?1"
                + " ORDER BY p.id LIMIT ?2")
public class Flag {

    public static final String BY_FLAGGER = "Flag.byFlagger";
    public static final String OPEN_ON_POST = "Flag.openOnPost";
    public static final String OPEN_ON_POSTS = "Flag.openOnPosts";
    public static final String FLAGGED_POSTS = "Flag.flaggedPosts";
    /** Ids of held posts (not deleted) after ?1, by id, at most ?2. */
    public static final String HELD_POSTS = "Flag.heldPosts";
    /** Ids of hidden, not held posts (not deleted) after ?1, by id, at most ?2. */
    public static final String HIDDEN_POSTS = "Flag.hiddenPosts";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id")
    private long postId;

    @Column(name = "flagger_id")
    private long flaggerId;

    @Enumerated(EnumType.STRING)
    private FlagReason reason;

    private String text;

    @Column(name = "by_moderator")
    private boolean byModerator;

    @Enumerated(EnumType.STRING)
    private FlagStatus status = FlagStatus.OPEN;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by")
    private Long resolvedBy;

    protected Flag() {
    }

    /**
     * An open flag. {@code text} is required for {@link FlagReason#OTHER} (a moderator could not act
     * on it otherwise); {@code byModerator}: a moderator's flag acts at once.
     */
    public Flag(long postId, long flaggerId, FlagReason reason, String text, boolean byModerator, Instant createdAt) {
        Objects.requireNonNull(reason, "reason");
        if (reason.requiresText() && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("text is required when the reason is " + reason);
        }
        this.postId = postId;
        this.flaggerId = flaggerId;
        this.reason = reason;
        this.text = text;
        this.byModerator = byModerator;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    // --- behaviour -------------------------------------------------------------------------

    /**
     * Resolves an open flag with the outcome; {@code moderatorId} null for an automatic outcome.
     * A flag is resolved once: false (and nothing changes) when it was resolved already.
     */
    public boolean resolve(FlagOutcome outcome, Long moderatorId, Instant now) {
        Objects.requireNonNull(outcome, "outcome");
        if (status != FlagStatus.OPEN) {
            return false;
        }
        status = outcome.status();
        resolvedAt = Objects.requireNonNull(now, "now");
        resolvedBy = moderatorId;
        return true;
    }

    public boolean open() {
        return status == FlagStatus.OPEN;
    }

    /** What the triage rules ({@code FlagTriage}) read of an open flag. */
    public dev.peerdesk.moderation.Flag forTriage() {
        return new dev.peerdesk.moderation.Flag(reason, text, flaggerId, byModerator);
    }

    // --- reading ---------------------------------------------------------------------------

    public Long id() {
        return id;
    }

    public long postId() {
        return postId;
    }

    public long flaggerId() {
        return flaggerId;
    }

    public FlagReason reason() {
        return reason;
    }

    public String text() {
        return text;
    }

    public boolean byModerator() {
        return byModerator;
    }

    public FlagStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Long resolvedBy() {
        return resolvedBy;
    }
}
