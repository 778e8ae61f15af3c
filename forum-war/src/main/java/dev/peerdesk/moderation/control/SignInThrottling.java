package dev.peerdesk.moderation.control;

import dev.peerdesk.moderation.ModerationRules;
import dev.peerdesk.moderation.RateLimit;
import dev.peerdesk.moderation.SignInThrottle;
import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.rest.ProblemException;
import dev.peerdesk.user.boundary.SignInAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Sign-in and registration limits (moderation rules {@code signInFailuresPerAccount},
 * {@code signInFailuresPerAddress}, {@code registrationsPerAddressPerHour}), counted in the database so
 * that they hold across nodes. Each step runs in a transaction of its own that commits at once: a
 * sign-in's PENDING row must be visible to every parallel guess before any of them counts, and the
 * record of a failure must survive the failed request.
 */
@ApplicationScoped
public class SignInThrottling {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ModerationRulesStore rules;

    /** Counts the attempt as pending, then refuses it if the account or address is over its limit. */
    public void beforeSignIn(@Observes SignInAttempt attempt, SignInThrottling self) {
        long ticket = self.insert("SIGN_IN", hash(attempt.account()), attempt.address());
        attempt.ticket(ticket);
        RateLimit.Decision decision = self.decide(ticket, hash(attempt.account()), attempt.address());
        if (decision instanceof RateLimit.Limited limited) {
            self.delete(ticket);
            attempt.ticket(null);
            throw ProblemException.tooManyRequests("Too many failed sign-ins; wait "
                    + humane(limited.retryAfter()) + " and try again, or reset your password", limited.retryAfterSeconds());
        }
    }

    /** A success forgets the attempt; a failure keeps it for the window. */
    public void afterSignIn(@Observes SignInAttempt.Outcome outcome, SignInThrottling self) {
        Long ticket = outcome.attempt().ticket();
        if (ticket == null) {
            return;
        }
        if (outcome.succeeded()) {
            self.delete(ticket);
        } else {
            self.markFailed(ticket);
        }
    }

    /** Registrations per address per rolling hour; every attempt counts, accepted or not. */
    public void beforeRegistration(@Observes SignInAttempt.Registration registration, SignInThrottling self) {
        long ticket = self.insert("REGISTER", null, registration.address());
        RateLimit.Decision decision = self.decideRegistration(ticket, registration.address());
        if (decision instanceof RateLimit.Limited limited) {
            self.delete(ticket);
            throw ProblemException.tooManyRequests("Too many new accounts from your network in the last hour; try again in "
                    + humane(limited.retryAfter()), limited.retryAfterSeconds());
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long insert(String kind, String accountHash, String address) {
        Instant now = clock.instant();
        // bounded clean-up of rows no window looks at any more, a few at a time
        em.createNativeQuery("DELETE FROM auth_attempt WHERE created_at < ?1 LIMIT 20")
                .setParameter(1, InstantConverter.toDatabase(now.minus(Duration.ofHours(2)))).executeUpdate();
        em.createNativeQuery("INSERT INTO auth_attempt (kind, status, account_hash, address, created_at)"
                        + " VALUES (?1, 'PENDING', ?2, ?3, ?4)")
                .setParameter(1, kind).setParameter(2, accountHash).setParameter(3, truncate(address))
                .setParameter(4, InstantConverter.toDatabase(now)).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RateLimit.Decision decide(long ticket, String accountHash, String address) {
        ModerationRules current = rules.current();
        Instant now = clock.instant();
        Object since = InstantConverter.toDatabase(now.minus(SignInThrottle.WINDOW));
        Object[] account = (Object[]) em.createNativeQuery("SELECT COUNT(*), MAX(created_at) FROM auth_attempt"
                        + " WHERE account_hash = ?1 AND created_at > ?2 AND id <> ?3 AND status IN ('PENDING', 'FAILED')")
                .setParameter(1, accountHash).setParameter(2, since).setParameter(3, ticket).getSingleResult();
        RateLimit.Decision byAccount = SignInThrottle.check(((Number) account[0]).intValue(),
                InstantConverter.fromDatabase(account[1]), current.signInFailuresPerAccount(), now);
        if (byAccount instanceof RateLimit.Limited) {
            return byAccount;
        }
        Object[] byAddress = (Object[]) em.createNativeQuery("SELECT COUNT(*), MAX(created_at) FROM auth_attempt"
                        + " WHERE address = ?1 AND kind = 'SIGN_IN' AND created_at > ?2 AND id <> ?3"
                        + " AND status IN ('PENDING', 'FAILED')")
                .setParameter(1, truncate(address)).setParameter(2, since).setParameter(3, ticket).getSingleResult();
        return SignInThrottle.check(((Number) byAddress[0]).intValue(), InstantConverter.fromDatabase(byAddress[1]),
                current.signInFailuresPerAddress(), now);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RateLimit.Decision decideRegistration(long ticket, String address) {
        Instant now = clock.instant();
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), MIN(created_at) FROM auth_attempt"
                        + " WHERE address = ?1 AND kind = 'REGISTER' AND created_at > ?2 AND id <> ?3")
                .setParameter(1, truncate(address)).setParameter(2, InstantConverter.toDatabase(now.minus(Duration.ofHours(1))))
                .setParameter(3, ticket).getSingleResult();
        return SignInThrottle.checkRegistration(((Number) row[0]).intValue(), InstantConverter.fromDatabase(row[1]),
                rules.current().registrationsPerAddressPerHour(), now);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delete(long ticket) {
        em.createNativeQuery("DELETE FROM auth_attempt WHERE id = ?1").setParameter(1, ticket).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(long ticket) {
        em.createNativeQuery("UPDATE auth_attempt SET status = 'FAILED' WHERE id = ?1").setParameter(1, ticket)
                .executeUpdate();
    }

    private static String truncate(String address) {
        String a = address == null ? "unknown" : address;
        return a.length() > 45 ? a.substring(0, 45) : a;
    }

    static String hash(String account) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(account).strip().toLowerCase().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String humane(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        return seconds < 120 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes";
    }
}
