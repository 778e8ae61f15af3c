package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.errors.Checks;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.security.Tokens;
import dev.peerdesk.user.control.AccountMailRequested;
import dev.peerdesk.user.control.AccountMailRequested.Kind;
import dev.peerdesk.user.control.AccountRules;
import dev.peerdesk.user.control.PasswordHashing;
import dev.peerdesk.user.control.PasswordReset;
import dev.peerdesk.user.entity.AccountToken;
import dev.peerdesk.user.entity.AccountToken.Purpose;
import dev.peerdesk.user.entity.AuthToken;
import dev.peerdesk.user.entity.User;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The account e-mails (issue 11): confirming an address, changing it (confirmed through a link to
 * the new address before it changes) and resetting a forgotten password. Each mail carries a random
 * single-use link stored as its digest ({@link AccountToken}); the mail itself is the notification
 * feature's job ({@link AccountMailRequested}).
 */
@ApplicationScoped
public class AccountEmailService {

    private static final Logger LOG = Logger.getLogger(AccountEmailService.class.getName());

    static final Duration VERIFICATION_VALID = Duration.ofHours(48);
    static final Duration RESET_VALID = Duration.ofHours(1);
    /** A second mail of the same kind to the same address within this time is not sent (no inbox flooding). */
    static final Duration RESEND_AFTER = Duration.ofMinutes(1);

    public static final String VERIFY_PAGE = "/verify-email.xhtml?token=";
    public static final String RESET_PAGE = "/reset-password.xhtml?token=";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<AccountMailRequested> mails;

    @Inject
    Event<PasswordReset> resets;

    @Resource
    ManagedExecutorService executor;

    @Inject
    AccountEmailService self;

    /** What became of a mailed link. */
    public enum Outcome {
        DONE,
        /** No such link (mistyped, or made up). */
        UNKNOWN,
        /** Used already, or older than it may be. */
        EXPIRED
    }

    /** A link's state, read without using it up (a page shows it before the person confirms). */
    public record LinkState(Outcome state, String email) {
    }

    /**
     * Mails the confirmation link for the account's current address (registration, or "send it again");
     * false when it is confirmed already or a link went out less than a minute ago.
     */
    @Transactional
    public boolean sendVerification(long userId) {
        User user = em.find(User.class, userId);
        if (user == null || user.emailVerified()) {
            return false;
        }
        return issue(user, Purpose.VERIFY_EMAIL, user.email());
    }

    /**
     * Asks for a confirmation link to {@code newEmail}; the account's address changes only when it is
     * opened. The current password is asked for, so an unattended session cannot take the account over.
     */
    @Transactional
    public void requestEmailChange(long userId, String newEmail, String password) {
        User user = em.find(User.class, userId);
        String email = newEmail == null ? null : newEmail.strip().toLowerCase();
        Checks checks = new Checks().required("email", email).required("password", password);
        checks.that(email == null || UserService.validEmail(email), "email",
                "must be an e-mail address like name@example.com");
        checks.orThrow();
        if (!PasswordHashing.matches(password, user.passwordHash())) {
            throw Refusal.invalid("password", "is not your current password");
        }
        if (email.equals(user.email())) {
            throw Refusal.invalid("email", "is already your address");
        }
        if (addressTaken(email)) {
            throw Refusal.conflict("Another account already uses " + email);
        }
        issue(user, Purpose.CHANGE_EMAIL, email);
    }

    /** Whether the link of a confirmation mail can still be used, and for which address. */
    @Transactional
    public LinkState verificationLink(String token) {
        return find(token, Purpose.VERIFY_EMAIL, Purpose.CHANGE_EMAIL)
                .map(t -> new LinkState(t.usableAt(clock.instant()) ? Outcome.DONE : Outcome.EXPIRED, t.email()))
                .orElse(new LinkState(Outcome.UNKNOWN, null));
    }

    /** Confirms an address through its mailed link: the account's own, or the new one of a change. */
    @Transactional
    public Outcome confirmEmail(String token) {
        Optional<AccountToken> found = find(token, Purpose.VERIFY_EMAIL, Purpose.CHANGE_EMAIL);
        if (found.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        AccountToken link = found.get();
        User user = link.user();
        if (!link.usableAt(clock.instant())) {
            return Outcome.EXPIRED;
        }
        if (link.purpose() == Purpose.VERIFY_EMAIL && !link.email().equals(user.email())) {
            return Outcome.EXPIRED; // the address changed since this link was sent
        }
        if (link.purpose() == Purpose.CHANGE_EMAIL && addressTaken(link.email())) {
            throw Refusal.conflict("Another account took " + link.email() + " meanwhile; choose another address");
        }
        if (!useUp(link)) {
            return Outcome.EXPIRED;
        }
        Instant now = clock.instant();
        if (link.purpose() == Purpose.CHANGE_EMAIL) {
            user.changeEmail(link.email(), now);
            expireLinks(user, null); // links to the old address
        } else {
            user.verifyEmail(now);
        }
        return Outcome.DONE;
    }

    /**
     * Mails a reset link if an account uses {@code email}. Answers at once and the same either way:
     * the lookup and the mail happen afterwards on another thread, so neither the answer nor its
     * timing tells whether the address has an account.
     */
    public void requestPasswordReset(String email) {
        String address = email == null ? null : email.strip().toLowerCase();
        new Checks().required("email", address)
                .that(address == null || UserService.validEmail(address), "email",
                        "must be an e-mail address like name@example.com")
                .orThrow();
        executor.execute(() -> {
            try {
                self.sendPasswordReset(address);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A password reset mail could not be written", e);
            }
        });
    }

    @Transactional
    public void sendPasswordReset(String email) {
        em.createQuery("SELECT u FROM User u WHERE u.email = :email", User.class).setParameter("email", email)
                .getResultStream().findFirst()
                .ifPresent(user -> issue(user, Purpose.RESET_PASSWORD, user.email()));
    }

    /** Whether a reset link can still be used. */
    @Transactional
    public Outcome resetLink(String token) {
        return find(token, Purpose.RESET_PASSWORD)
                .map(t -> t.usableAt(clock.instant()) ? Outcome.DONE : Outcome.EXPIRED).orElse(Outcome.UNKNOWN);
    }

    /**
     * Sets a new password through a reset link (the registration rules apply): the link is used up,
     * every session of the account ends, and its sign-in throttle is cleared.
     */
    @Transactional
    public Outcome resetPassword(String token, String password) {
        Optional<AccountToken> found = find(token, Purpose.RESET_PASSWORD);
        if (found.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        AccountToken link = found.get();
        if (!link.usableAt(clock.instant())) {
            return Outcome.EXPIRED;
        }
        User user = link.user();
        Checks checks = new Checks().length("password", password, 10, 200);
        if (checks.valid()) {
            AccountRules.passwordProblem(password, user.email(), user.displayName())
                    .ifPresent(m -> checks.fail("password", m));
        }
        checks.orThrow();
        if (!useUp(link)) {
            return Outcome.EXPIRED;
        }
        user.changePassword(PasswordHashing.hash(password));
        em.createQuery("DELETE FROM AuthToken t WHERE t.user = :user").setParameter("user", user).executeUpdate();
        expireLinks(user, Purpose.RESET_PASSWORD); // other reset links
        resets.fire(new PasswordReset(user.id(), user.email()));
        return Outcome.DONE;
    }

    private boolean issue(User user, Purpose purpose, String address) {
        Instant now = clock.instant();
        boolean justSent = !em.createNamedQuery(AccountToken.RECENT)
                .setParameter(1, user.id()).setParameter(2, purpose.name())
                .setParameter(3, InstantConverter.toDatabase(now.minus(RESEND_AFTER))).setParameter(4, address)
                .getResultList().isEmpty();
        if (justSent) {
            return false;
        }
        Duration valid = purpose == Purpose.RESET_PASSWORD ? RESET_VALID : VERIFICATION_VALID;
        String token = Tokens.newToken();
        em.persist(new AccountToken(Tokens.digest(token), user, purpose, address, now, now.plus(valid)));
        Kind kind = switch (purpose) {
            case VERIFY_EMAIL -> Kind.VERIFY_EMAIL;
            case CHANGE_EMAIL -> Kind.CHANGE_EMAIL;
            case RESET_PASSWORD -> Kind.RESET_PASSWORD;
        };
        String page = purpose == Purpose.RESET_PASSWORD ? RESET_PAGE : VERIFY_PAGE;
        mails.fire(new AccountMailRequested(user.id(), address, user.displayName(), kind, page + token, valid));
        return true;
    }

    private Optional<AccountToken> find(String token, Purpose... purposes) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM AccountToken t JOIN FETCH t.user WHERE t.tokenHash = :hash"
                        + " AND t.purpose IN :purposes", AccountToken.class)
                .setParameter("hash", Tokens.digest(token.strip()))
                .setParameter("purposes", java.util.List.of(purposes))
                .getResultStream().findFirst();
    }

    /** Ends the user's unused links (of one purpose, or all): they cannot be used from now on. */
    private void expireLinks(User user, Purpose purpose) {
        // Built at run time (optional purpose filter): cannot be a named query.
        var update = em.createNativeQuery("UPDATE account_token SET expires_at = ?1 WHERE user_id = ?2"
                        + " AND expires_at > ?1" + (purpose == null ? "" : " AND purpose = ?3"))
                .setParameter(1, InstantConverter.toDatabase(clock.instant())).setParameter(2, user.id());
        if (purpose != null) {
            update.setParameter(3, purpose.name());
        }
        update.executeUpdate();
    }

    /** Single use, decided by the database: of two concurrent posts of one link, one changes the row. */
    private boolean useUp(AccountToken link) {
        Instant now = clock.instant();
        return em.createNamedQuery(AccountToken.USE)
                .setParameter(1, InstantConverter.toDatabase(now))
                .setParameter(2, link.tokenHash()).executeUpdate() == 1;
    }

    private boolean addressTaken(String email) {
        return !em.createQuery("SELECT u.id FROM User u WHERE u.email = :email", Long.class)
                .setParameter("email", email).setMaxResults(1).getResultList().isEmpty();
    }
}
