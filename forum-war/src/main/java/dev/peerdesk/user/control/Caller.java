package dev.peerdesk.user.control;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Optional;

/** Who is making this request: a signed-in user, or a visitor. */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @PersistenceContext
    EntityManager em;

    private User user;

    public Optional<Long> id() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(principal.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The signed-in user, or 401 for visitors. */
    public User require() {
        return optional().orElseThrow(() -> Refusal.signInRequired(
                "Sign in first: POST /api/v1/sessions gives a token to send as 'Authorization: Bearer <token>'"));
    }

    public Optional<User> optional() {
        if (user == null) {
            id().ifPresent(id -> user = em.find(User.class, id));
        }
        return Optional.ofNullable(user);
    }
}
