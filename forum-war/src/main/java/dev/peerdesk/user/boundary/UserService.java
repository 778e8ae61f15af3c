package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.errors.Checks;
import dev.peerdesk.platform.text.EnumNames;
import dev.peerdesk.user.control.Roles;
import dev.peerdesk.platform.text.TagName;
import dev.peerdesk.user.control.AccountRules;
import dev.peerdesk.user.control.PasswordHashing;
import dev.peerdesk.user.entity.Plan;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import dev.peerdesk.user.control.SignInAttempt;
import dev.peerdesk.user.control.PlanChanged;

/** Registration and account administration. */
@ApplicationScoped
public class UserService {

    @Inject
    jakarta.enterprise.event.Event<PlanChanged> planChanges;

    private static final Logger LOG = Logger.getLogger(UserService.class.getName());
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public record Registration(String email, String displayName, String password) {
    }

    @Inject
    jakarta.enterprise.event.Event<SignInAttempt.Registration> registrations;

    /**
     * A visitor creates an account. Observers may refuse the attempt first (registrations per
     * client address are limited); the name and password rules apply (AccountRules).
     */
    @Transactional
    public User register(Registration request, String clientAddress) {
        if (request == null) {
            throw Refusal.malformed("Send {email, displayName, password} as JSON");
        }
        registrations.fire(new SignInAttempt.Registration(clientAddress));
        User user = create(request, false);
        accountEmails.sendVerification(user.id());
        return user;
    }

    @Inject
    AccountEmailService accountEmails;

    /**
     * Members created by the operator's own code (the demo community): their addresses count as
     * confirmed, as nobody could open a link mailed to them.
     */
    @Transactional
    public User registerConfirmed(Registration request, String clientAddress) {
        if (request == null) {
            throw Refusal.malformed("Send {email, displayName, password} as JSON");
        }
        registrations.fire(new SignInAttempt.Registration(clientAddress));
        User user = create(request, false);
        user.verifyEmail(clock.instant());
        return user;
    }

    static boolean validEmail(String normalized) {
        return normalized.length() <= 254 && EMAIL.matcher(normalized).matches();
    }

    /**
     * Staff accounts created by the operator's own code (the demo community), whose names may say what
     * they are ("Sam (support)"); never reachable from a request, which always goes through {@link #register}.
     */
    @Transactional
    public User createStaffAccount(Registration request, Set<Role> roles) {
        User user = create(request, true);
        user.grantRoles(roles);
        user.verifyEmail(clock.instant());
        return user;
    }

    private User create(Registration request, boolean staffName) {
        String email = request.email() == null ? null : request.email().strip().toLowerCase();
        String displayName = AccountRules.cleanDisplayName(request.displayName());
        Checks checks = new Checks()
                .required("email", email)
                .that(email == null || (email.length() <= 254 && EMAIL.matcher(email).matches()), "email",
                        "must be an e-mail address like name@example.com")
                .length("displayName", displayName, 3, 30)
                .length("password", request.password(), 10, 200);
        if (checks.valid()) {
            if (!staffName) {
                AccountRules.displayNameProblem(displayName).ifPresent(m -> checks.fail("displayName", m));
            }
            AccountRules.passwordProblem(request.password(), email, displayName)
                    .ifPresent(m -> checks.fail("password", m));
        }
        checks.orThrow();
        if (emailTaken(email)) {
            throw Refusal.conflict("An account with this e-mail already exists; sign in instead");
        }
        User user = new User(email, displayName, PasswordHashing.hash(request.password()), clock.instant());
        em.persist(user);
        em.flush();
        return user;
    }

    private boolean emailTaken(String email) {
        return !em.createQuery("SELECT u.id FROM User u WHERE u.email = :email", Long.class)
                .setParameter("email", email).setMaxResults(1).getResultList().isEmpty();
    }

    /** Creates the first ADMIN from FORUM_ADMIN_EMAIL/PASSWORD, only while no admin exists. */
    @Transactional
    public void ensureFirstAdmin(String email, String password) {
        boolean adminExists = em.createQuery("SELECT u FROM User u WHERE u.roles LIKE :admin", User.class)
                .setParameter("admin", "%ADMIN%").setMaxResults(1).getResultList().size() > 0;
        if (adminExists) {
            return;
        }
        String normalized = email.strip().toLowerCase();
        User admin = em.createQuery("SELECT u FROM User u WHERE u.email = :email", User.class)
                .setParameter("email", normalized).getResultStream().findFirst()
                .orElseGet(() -> {
                    User created = new User(normalized, "Administrator", PasswordHashing.hash(password), clock.instant());
                    em.persist(created);
                    return created;
                });
        admin.grantRoles(EnumSet.of(Role.ADMIN));
        admin.verifyEmail(clock.instant()); // the operator configured this address
        LOG.info(() -> "Created the first administrator " + normalized);
    }

    public User find(long id) {
        User user = em.find(User.class, id);
        if (user == null) {
            throw Refusal.notFound("User " + id);
        }
        return user;
    }

    /** Role, plan and skill changes are staff actions: each is audited with its before and after. */
    @Inject
    dev.peerdesk.platform.audit.AuditLog audit;

    @Transactional
    public User changeRoles(User actor, long userId, List<Role> roles) {
        Roles.require(actor, Role.ADMIN);
        Checks checks = new Checks().required("roles", roles);
        if (roles != null) {
            checks.that(!roles.contains(null), "roles", EnumNames.mustBe(Role.class));
        }
        checks.orThrow();
        Set<Role> parsed = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        User user = find(userId);
        List<Role> before = staffRoles(user);
        user.grantRoles(parsed);
        audit.record(actor.id(), "ROLES_CHANGED", "USER", userId,
                dev.peerdesk.platform.audit.Changes.of("Roles", roleWords(before), roleWords(staffRoles(user))));
        return user;
    }

    @Transactional
    public User changePlan(User actor, long userId, Plan parsed) {
        if (!actor.has(Role.ADMIN) && !actor.has(Role.AGENT)) {
            throw Refusal.notAllowed("Only an ADMIN or AGENT can change a support plan");
        }
        if (parsed == null) {
            throw Refusal.invalid("plan", EnumNames.mustBe(Plan.class));
        }
        User user = find(userId);
        Plan before = user.plan();
        user.changePlan(parsed);
        audit.record(actor.id(), "PLAN_CHANGED", "USER", userId,
                dev.peerdesk.platform.audit.Changes.of("Plan", before == null ? null : before.name().toLowerCase(),
                        parsed.name().toLowerCase()));
        em.flush();
        planChanges.fire(new PlanChanged(userId));
        return user;
    }

    @Transactional
    public User changeSkills(User actor, long userId, List<String> tags) {
        Roles.require(actor, Role.ADMIN);
        Checks checks = new Checks().required("tags", tags);
        if (tags != null) {
            checks.that(tags.size() <= 20, "tags", "at most 20 skill tags");
            tags.forEach(t -> checks.that(TagName.parse(t).isPresent(), "tags", "'" + t + "' is not a tag: " + TagName.RULE));
        }
        checks.orThrow();
        User user = find(userId);
        List<String> before = user.skills();
        user.changeSkills(tags.stream().map(TagName::parse).flatMap(Optional::stream).map(TagName::value).distinct().toList());
        audit.record(actor.id(), "SKILLS_CHANGED", "USER", userId,
                dev.peerdesk.platform.audit.Changes.of("Skills", before, user.skills()));
        return user;
    }

    /** The roles beyond MEMBER (which everyone has), in a stable order. */
    /** For people reading the audit log: "agent, moderator" rather than the constants. */
    private static List<String> roleWords(List<Role> roles) {
        return roles.stream().map(r -> r.name().toLowerCase()).toList();
    }

    private static List<Role> staffRoles(User user) {
        return user.roles().stream().filter(Role::staff).sorted().toList();
    }
}
