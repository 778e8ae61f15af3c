package dev.peerdesk.platform.rest;

import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import dev.peerdesk.platform.entity.IdempotentRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Remembers the responses to writes sent with an {@code Idempotency-Key}. A key is claimed by
 * inserting a row (the primary key makes the claim atomic across threads and nodes) before the
 * write runs, and completed with the response afterwards.
 */
@ApplicationScoped
public class IdempotencyStore {

    @PersistenceContext
    EntityManager em;

    public record Stored(String requestHash, int status, String location, String contentType, String body) {
        static Stored of(Row r) {
            return new Stored(r.string(0), r.intAt(1), r.string(2), r.string(3), r.string(4));
        }

        public boolean inProgress() {
            return status == 0;
        }
    }

    /** Claims the key; returns the earlier request's record if the key was already used. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Stored> claim(String caller, String key, String requestHash, Instant now) {
        int inserted = em.createNamedQuery(IdempotentRequest.CLAIM).setParameter(1, caller).setParameter(2, key)
                .setParameter(3, requestHash)
                .setParameter(4, InstantConverter.toDatabase(now)).executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        return Optional.of(Stored.of(Row.single(em.createNamedQuery(IdempotentRequest.STORED)
                .setParameter(1, caller).setParameter(2, key))));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String caller, String key, int status, String location, String contentType, String body) {
        em.createNamedQuery(IdempotentRequest.COMPLETE)
                .setParameter(1, status).setParameter(2, location).setParameter(3, contentType).setParameter(4, body)
                .setParameter(5, caller).setParameter(6, key).executeUpdate();
    }

    /** A failed request (5xx) may be retried with the same key: forget the claim. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String caller, String key) {
        em.createNamedQuery(IdempotentRequest.FORGET).setParameter(1, caller).setParameter(2, key).executeUpdate();
    }
}
