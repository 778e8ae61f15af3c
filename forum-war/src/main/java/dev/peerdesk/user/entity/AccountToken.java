package dev.peerdesk.user.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A single-use link mailed to a person (address verification, e-mail change, password reset),
 * stored only as the SHA-256 of the random value in the link. It is used up by a conditional update
 * ({@code … WHERE used_at IS NULL}), never through this entity, so two posts of one link cannot
 * both succeed.
 */
@Entity
@Table(name = "account_token")
@NamedNativeQuery(name = AccountToken.RECENT, query = "SELECT token_hash FROM account_token WHERE user_id = ?1"
        + " AND purpose = ?2 AND created_at > ?3 AND email = ?4 LIMIT 1")
@NamedNativeQuery(name = AccountToken.USE, query = "UPDATE account_token SET used_at = ?1 WHERE token_hash = ?2"
        + " AND used_at IS NULL AND expires_at > ?1")
public class AccountToken {

    /** A row when user ?1 was sent a link for purpose ?2 after ?3 to address ?4. */
    public static final String RECENT = "AccountToken.recent";
    /** ?1 now: link ?2 is used (1 row), unless used or expired (0 rows). */
    public static final String USE = "AccountToken.use";

    public enum Purpose { VERIFY_EMAIL, CHANGE_EMAIL, RESET_PASSWORD }

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    /** The address the link was sent to (for CHANGE_EMAIL: the new address). */
    private String email;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at", insertable = false, updatable = false)
    private Instant usedAt;

    protected AccountToken() {
    }

    public AccountToken(String tokenHash, User user, Purpose purpose, String email, Instant createdAt,
                        Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.user = user;
        this.purpose = purpose;
        this.email = email;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public User user() {
        return user;
    }

    public Purpose purpose() {
        return purpose;
    }

    public String email() {
        return email;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Not used yet and not expired. */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
