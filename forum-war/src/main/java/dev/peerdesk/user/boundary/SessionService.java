package dev.peerdesk.user.boundary;

import dev.peerdesk.user.control.PasswordHashing;
import dev.peerdesk.platform.security.Tokens;
import dev.peerdesk.user.entity.AuthToken;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import dev.peerdesk.user.control.SignInAttempt;

/** Signing in and out; tokens are random, stored as digests, and expire after FORUM_SESSION_TTL. */
@ApplicationScoped
public class SessionService {

    /** Compared against when the e-mail is unknown, so both failures take as long. */
    private static final String DUMMY_HASH = PasswordHashing.hash("not-a-real-password");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "FORUM_SESSION_TTL", defaultValue = "P30D")
    Duration sessionTtl;

    public record SignedIn(long userId, Set<String> roleNames) {
    }

    public record NewSession(String token, Instant expiresAt, User user, SignedIn signedIn) {
    }

    @Inject
    Event<SignInAttempt> attempts;

    @Inject
    Event<SignInAttempt.Outcome> outcomes;

    /**
     * Checks the password and opens a session. Before the (deliberately slow) check, observers may
     * refuse the attempt with a 429 (the sign-in throttle); afterwards they learn how it went.
     */
    @Transactional
    public Optional<NewSession> signIn(String email, String password, String clientAddress) {
        if (email == null || password == null) {
            return Optional.empty();
        }
        SignInAttempt attempt = new SignInAttempt(email.strip().toLowerCase(), clientAddress);
        attempts.fire(attempt);
        Optional<NewSession> session = checkPassword(email, password);
        outcomes.fire(new SignInAttempt.Outcome(attempt, session.isPresent()));
        return session;
    }

    private Optional<NewSession> checkPassword(String email, String password) {
        Optional<User> user = em.createQuery("SELECT u FROM User u WHERE u.email = :email", User.class)
                .setParameter("email", email.strip().toLowerCase())
                .getResultStream().findFirst();
        if (user.isEmpty()) {
            PasswordHashing.matches(password, DUMMY_HASH);
            return Optional.empty();
        }
        if (!PasswordHashing.matches(password, user.get().passwordHash())) {
            return Optional.empty();
        }
        String token = Tokens.newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(sessionTtl);
        em.persist(new AuthToken(Tokens.digest(token), user.get(), now, expiresAt));
        return Optional.of(new NewSession(token, expiresAt, user.get(), signedIn(user.get())));
    }

    @Transactional
    public Optional<SignedIn> authenticate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM AuthToken t JOIN FETCH t.user WHERE t.tokenHash = :hash", AuthToken.class)
                .setParameter("hash", Tokens.digest(token))
                .getResultStream()
                .filter(t -> t.validAt(clock.instant()))
                .findFirst()
                .map(t -> signedIn(t.user()));
    }

    @Transactional
    public void signOut(String token) {
        em.createQuery("DELETE FROM AuthToken t WHERE t.tokenHash = :hash")
                .setParameter("hash", Tokens.digest(token))
                .executeUpdate();
    }

    private static SignedIn signedIn(User user) {
        return new SignedIn(user.id(), user.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
