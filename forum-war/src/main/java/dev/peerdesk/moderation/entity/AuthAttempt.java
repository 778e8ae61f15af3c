package dev.peerdesk.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

/**
 * A failed sign-in or a registration, per account hash and client address; rows no window looks at go. Written and read
 * only through these statements (by {@code moderation.control.SignInThrottling}); never loaded or persisted as an
 * entity.
 */
@Entity
@Table(name = "auth_attempt")
@NamedNativeQuery(name = AuthAttempt.FORGET_SIGN_INS,
        query = "DELETE FROM auth_attempt WHERE kind = 'SIGN_IN' AND account_hash = ?1")
@NamedNativeQuery(name = AuthAttempt.LAST_ID, query = "SELECT LAST_INSERT_ID()")
@NamedNativeQuery(name = AuthAttempt.CLEAN_UP,
        query = "DELETE FROM auth_attempt WHERE created_at < ?1 ORDER BY created_at LIMIT 20")
@NamedNativeQuery(name = AuthAttempt.RECORD,
        query = "INSERT INTO auth_attempt (kind, status, account_hash, address, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
@NamedNativeQuery(name = AuthAttempt.OF_ACCOUNT, query = "SELECT COUNT(*), MAX(created_at) FROM auth_attempt"
        + " WHERE account_hash = ?1 AND created_at > ?2")
@NamedNativeQuery(name = AuthAttempt.SIGN_INS_FROM, query = "SELECT COUNT(*), MAX(created_at) FROM auth_attempt"
        + " WHERE address = ?1 AND kind = 'SIGN_IN' AND created_at > ?2")
@NamedNativeQuery(name = AuthAttempt.REGISTRATIONS_FROM, query = "SELECT COUNT(*), MIN(created_at) FROM auth_attempt"
        + " WHERE address = ?1 AND kind = 'REGISTER' AND created_at > ?2 AND id <> ?3")
@NamedNativeQuery(name = AuthAttempt.DELETE, query = "DELETE FROM auth_attempt WHERE id = ?1")
public class AuthAttempt {

    /** The failed sign-ins of account hash ?1 (its password was reset). */
    public static final String FORGET_SIGN_INS = "AuthAttempt.forgetSignIns";
    /** The id of the row this connection inserted last. */
    public static final String LAST_ID = "AuthAttempt.lastId";
    /** At most 20 of the rows older than ?1, oldest first. */
    public static final String CLEAN_UP = "AuthAttempt.cleanUp";
    /** ?1 kind, ?2 status, ?3 account hash (or null), ?4 address, ?5 when. */
    public static final String RECORD = "AuthAttempt.record";
    /** (count, latest) of account hash ?1's rows after ?2. */
    public static final String OF_ACCOUNT = "AuthAttempt.ofAccount";
    /** (count, latest) of failed sign-ins from address ?1 after ?2. */
    public static final String SIGN_INS_FROM = "AuthAttempt.signInsFrom";
    /** (count, earliest) of registrations from address ?1 after ?2 other than ?3. */
    public static final String REGISTRATIONS_FROM = "AuthAttempt.registrationsFrom";
    /** Row ?1. */
    public static final String DELETE = "AuthAttempt.delete";

    @Id
    @Column(name = "id")
    private Long id;

    protected AuthAttempt() {
    }
}
