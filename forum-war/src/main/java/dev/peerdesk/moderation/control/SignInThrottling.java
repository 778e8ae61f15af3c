package dev.peerdesk.moderation.control;

import dev.peerdesk.moderation.ModerationRules;
import dev.peerdesk.moderation.RateLimit;
import dev.peerdesk.moderation.SignInThrottle;
import dev.peerdesk.moderation.entity.AuthAccountLock;
import dev.peerdesk.moderation.entity.AuthAttempt;
import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.user.control.PasswordReset;
import dev.peerdesk.user.control.SignInAttempt;
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
 * that they hold across nodes.
 *
 * <p>A sign-in locks its account's row in {@code auth_account_lock} for as long as its password is
 * checked (the sign-in's own transaction), and a failure is written and committed before that lock
 * goes: parallel guesses at one account, on any node, are checked one after another and each sees
 * every failure before it, so the per-account limit is exact. The per-address count is not
 * serialised (one address may be a whole office): parallel failures from one address may pass it by
 * the number in flight.
 */
@ApplicationScoped
public class SignInThrottling {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ModerationRulesStore rules;

    /** Runs in the sign-in's transaction: takes the account's lock, then refuses if over a limit. */
    public void beforeSignIn(@Observes SignInAttempt attempt, SignInThrottling self) {
        String account = hash(attempt.account());
        self.prepare(account); // its own short transaction, before the sign-in's holds anything
        em.createNamedQuery(AuthAccountLock.LOCK)
                .setParameter(1, account).getResultList();
        RateLimit.Decision decision = decide(account, attempt.address());
        if (decision instanceof RateLimit.Limited limited) {
            throw Refusal.tooMany("Too many failed sign-ins; wait "
                    + humane(limited.retryAfter()) + " and try again, or reset your password", limited.retryAfterSeconds());
        }
    }

    /**
     * A failure is kept for the window. Written in the sign-in's own transaction, which commits it in
     * the same moment as it releases the account's lock (a second connection while holding the lock
     * could exhaust the pool under a burst of guesses).
     */
    public void afterSignIn(@Observes SignInAttempt.Outcome outcome) {
        if (!outcome.succeeded()) {
            insert("SIGN_IN", "FAILED", hash(outcome.attempt().account()), outcome.attempt().address());
        }
    }

    /** Registrations per address per rolling hour; every attempt counts, accepted or not. */
    public void beforeRegistration(@Observes SignInAttempt.Registration registration, SignInThrottling self) {
        long ticket = self.insertRegistration(registration.address()); // committed first: parallel ones see it
        RateLimit.Decision decision = self.decideRegistration(ticket, registration.address());
        if (decision instanceof RateLimit.Limited limited) {
            self.delete(ticket);
            throw Refusal.tooMany("Too many new accounts from your network in the last hour; try again in "
                    + humane(limited.retryAfter()), limited.retryAfterSeconds());
        }
    }

    /** A password reset ends the account's lock-out: the owner proved they hold the mailbox. */
    public void afterPasswordReset(@Observes PasswordReset reset) {
        em.createNamedQuery(AuthAttempt.FORGET_SIGN_INS)
                .setParameter(1, hash(reset.account())).executeUpdate();
    }

    /**
     * The account's lock row exists (committed at once, so that parallel first attempts never
     * upgrade a shared lock into a deadlock), and rows no window looks at any more go, a few at a time.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void prepare(String accountHash) {
        em.createNamedQuery(AuthAccountLock.PREPARE)
                .setParameter(1, accountHash).executeUpdate();
        cleanUp();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long insertRegistration(String address) {
        cleanUp();
        insert("REGISTER", "DONE", null, address);
        return ((Number) em.createNamedQuery(AuthAttempt.LAST_ID).getSingleResult()).longValue();
    }

    private void cleanUp() {
        em.createNamedQuery(AuthAttempt.CLEAN_UP)
                .setParameter(1, InstantConverter.toDatabase(clock.instant().minus(Duration.ofHours(2)))).executeUpdate();
    }

    private void insert(String kind, String status, String accountHash, String address) {
        Instant now = clock.instant();
        em.createNamedQuery(AuthAttempt.RECORD)
                .setParameter(1, kind).setParameter(2, status).setParameter(3, accountHash)
                .setParameter(4, truncate(address)).setParameter(5, InstantConverter.toDatabase(now)).executeUpdate();
    }

    private RateLimit.Decision decide(String accountHash, String address) {
        ModerationRules current = rules.current();
        Instant now = clock.instant();
        Object since = InstantConverter.toDatabase(now.minus(SignInThrottle.WINDOW));
        Tally account = Tally.of(Row.single(em.createNamedQuery(AuthAttempt.OF_ACCOUNT)
                .setParameter(1, accountHash).setParameter(2, since)));
        RateLimit.Decision byAccount = SignInThrottle.check(account.count(), account.at(),
                current.signInFailuresPerAccount(), now);
        if (byAccount instanceof RateLimit.Limited) {
            return byAccount;
        }
        Tally byAddress = Tally.of(Row.single(em.createNamedQuery(AuthAttempt.SIGN_INS_FROM)
                .setParameter(1, truncate(address)).setParameter(2, since)));
        return SignInThrottle.check(byAddress.count(), byAddress.at(), current.signInFailuresPerAddress(), now);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RateLimit.Decision decideRegistration(long ticket, String address) {
        Instant now = clock.instant();
        Tally registrations = Tally.of(Row.single(em.createNamedQuery(AuthAttempt.REGISTRATIONS_FROM)
                .setParameter(1, truncate(address)).setParameter(2, InstantConverter.toDatabase(now.minus(Duration.ofHours(1))))
                .setParameter(3, ticket)));
        return SignInThrottle.checkRegistration(registrations.count(), registrations.at(),
                rules.current().registrationsPerAddressPerHour(), now);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delete(long ticket) {
        em.createNamedQuery(AuthAttempt.DELETE).setParameter(1, ticket).executeUpdate();
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
