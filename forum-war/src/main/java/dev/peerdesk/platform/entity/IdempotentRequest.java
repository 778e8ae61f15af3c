package dev.peerdesk.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * A claimed idempotency key of a caller and the response stored for it. Written and read only through
 * these statements (by {@code platform.rest.IdempotencyStore}); never loaded or persisted as an entity.
 */
@Entity
@Table(name = "idempotent_request")
@IdClass(IdempotentRequest.Key.class)
@NamedNativeQuery(name = IdempotentRequest.CLAIM, query = "INSERT IGNORE INTO idempotent_request"
        + " (caller, idem_key, request_hash, status, created_at) VALUES (?1, ?2, ?3, 0, ?4)")
@NamedNativeQuery(name = IdempotentRequest.STORED, query = "SELECT request_hash, status, location,"
        + " content_type, body FROM idempotent_request WHERE caller = ?1 AND idem_key = ?2")
@NamedNativeQuery(name = IdempotentRequest.COMPLETE, query = "UPDATE idempotent_request SET status = ?1,"
        + " location = ?2, content_type = ?3, body = ?4 WHERE caller = ?5 AND idem_key = ?6")
@NamedNativeQuery(name = IdempotentRequest.FORGET,
        query = "DELETE FROM idempotent_request WHERE caller = ?1 AND idem_key = ?2")
public class IdempotentRequest {

    /** ?1 caller, ?2 key, ?3 request hash, ?4 when; 0 rows when the key is claimed already. */
    public static final String CLAIM = "IdempotentRequest.claim";
    /** (request hash, status, location, content type, body) of caller ?1 and key ?2. */
    public static final String STORED = "IdempotentRequest.stored";
    /** ?1 status, ?2 location, ?3 content type, ?4 body of caller ?5 and key ?6. */
    public static final String COMPLETE = "IdempotentRequest.complete";
    /** The claim of caller ?1 and key ?2. */
    public static final String FORGET = "IdempotentRequest.forget";

    @Id
    private String caller;

    @Id
    @Column(name = "idem_key")
    private String idemKey;

    protected IdempotentRequest() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String caller;
        private String idemKey;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.caller, caller) && Objects.equals(k.idemKey, idemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, idemKey);
        }
    }
}
