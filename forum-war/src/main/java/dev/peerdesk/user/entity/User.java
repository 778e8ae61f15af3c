package dev.peerdesk.user.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A registered person. Reputation is only ever changed by atomic updates (see the reputation
 * ledger), never through this entity, so concurrent votes cannot lose points.
 */
@Entity
@Table(name = "app_user")
@NamedNativeQuery(name = User.CONFIRMED_EMAIL,
        query = "SELECT email FROM app_user WHERE id = ?1 AND email_verified_at IS NOT NULL")
@NamedNativeQuery(name = User.LOCK, query = "SELECT id FROM app_user WHERE id = ?1 FOR UPDATE")
@NamedNativeQuery(name = User.AGENT_SKILLS, query = "SELECT id, skills FROM app_user WHERE agent = TRUE")
@NamedNativeQuery(name = User.AGENTS,
        query = "SELECT id, display_name FROM app_user WHERE agent = TRUE ORDER BY display_name, id LIMIT ?1")
public class User {

    /** The address of user ?1 when confirmed (no row otherwise). */
    public static final String CONFIRMED_EMAIL = "User.confirmedEmail";
    /** Locks user ?1's row until the transaction ends (their rate-limited actions one at a time). */
    public static final String LOCK = "User.lock";
    /** (id, skills) of every agent. */
    public static final String AGENT_SKILLS = "User.agentSkills";
    /** (id, display name) of the agents by name, at most ?1. */
    public static final String AGENTS = "User.agents";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(updatable = false, insertable = false)
    private int reputation = 1;

    /** Staff roles, comma-separated; MEMBER is implicit. */
    private String roles = "MEMBER";

    @Enumerated(EnumType.STRING)
    private Plan plan = Plan.FREE;

    /** Tags an agent is skilled in, space-separated (support routing). */
    private String skills = "";

    @Column(name = "created_at")
    private Instant createdAt;

    /** When the address was confirmed; null until then (no notification mail goes to an unconfirmed address). */
    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "suspended_until")
    private Instant suspendedUntil;

    @Column(name = "suspension_reason")
    private String suspensionReason;

    @Version
    private long version;

    protected User() {
    }

    public User(String email, String displayName, String passwordHash, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public int reputation() {
        return reputation;
    }

    public Plan plan() {
        return plan;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        EnumSet<Role> set = EnumSet.of(Role.MEMBER);
        Arrays.stream(roles.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Role::valueOf).forEach(set::add);
        return set;
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    /** Staff never earn or lose reputation and bypass reputation gates. */
    public boolean staff() {
        return roles().stream().anyMatch(Role::staff);
    }

    public boolean moderator() {
        return has(Role.MODERATOR) || has(Role.ADMIN);
    }

    public List<String> skills() {
        return skills.isBlank() ? List.of() : List.of(skills.trim().split(" "));
    }

    public void grantRoles(Set<Role> newRoles) {
        EnumSet<Role> set = EnumSet.of(Role.MEMBER);
        set.addAll(newRoles);
        this.roles = set.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public boolean suspendedAt(Instant now) {
        return suspendedUntil != null && now.isBefore(suspendedUntil);
    }

    public Instant suspendedUntil() {
        return suspendedUntil;
    }

    public String suspensionReason() {
        return suspensionReason;
    }

    public void suspend(Instant until, String reason) {
        this.suspendedUntil = until;
        this.suspensionReason = reason;
    }

    public void liftSuspension() {
        this.suspendedUntil = null;
        this.suspensionReason = null;
    }

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    /** The address is confirmed (the mailed link was used, or the operator vouches for it). */
    public void verifyEmail(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }

    /** Takes over an address confirmed through a link mailed to it. */
    public void changeEmail(String confirmedAddress, Instant at) {
        this.email = confirmedAddress;
        this.emailVerifiedAt = at;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void changePlan(Plan plan) {
        this.plan = plan;
    }

    public void changeSkills(List<String> tags) {
        this.skills = String.join(" ", tags);
    }
}
