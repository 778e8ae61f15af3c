package dev.peerdesk.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

/**
 * The row of an account that tried to sign in, locked while its password is checked. Written and read only through
 * these statements (by {@code moderation.control.SignInThrottling}); never loaded or persisted as an entity.
 */
@Entity
@Table(name = "auth_account_lock")
@NamedNativeQuery(name = AuthAccountLock.LOCK,
        query = "SELECT account_hash FROM auth_account_lock WHERE account_hash = ?1 FOR UPDATE")
@NamedNativeQuery(name = AuthAccountLock.PREPARE,
        query = "INSERT IGNORE INTO auth_account_lock (account_hash) VALUES (?1)")
public class AuthAccountLock {

    /** Locks the row of account hash ?1 until the transaction ends. */
    public static final String LOCK = "AuthAccountLock.lock";
    /** ?1 account hash: its lock row, unless there is one. */
    public static final String PREPARE = "AuthAccountLock.prepare";

    @Id
    @Column(name = "account_hash")
    private String id;

    protected AuthAccountLock() {
    }
}
