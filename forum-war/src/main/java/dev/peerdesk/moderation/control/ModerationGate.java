package dev.peerdesk.moderation.control;

import dev.peerdesk.moderation.ModerationRules;
import dev.peerdesk.moderation.NewUserPolicy;
import dev.peerdesk.moderation.RateLimit;
import dev.peerdesk.moderation.RateLimitedAction;
import dev.peerdesk.moderation.entity.RateEvent;
import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.user.control.SuspensionGuard;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What every write passes first (SPEC §4): suspended users are refused, rate limits are counted in
 * the database (so they hold across nodes), and new users' posts are checked for links and pace.
 * Runs inside the caller's transaction.
 */
@ApplicationScoped
public class ModerationGate {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ModerationRulesStore rules;

    /** What to do with a new user's post. */
    public enum Publication { PUBLISH, HOLD_FOR_APPROVAL }

    @Inject
    SuspensionGuard suspensions;

    /** The services' own check of the one suspension rule (entry points check it first). */
    public void requireActive(User user) {
        suspensions.requireActive(user, "write through the services");
    }

    /**
     * Counts one action against the user's limit, or refuses with 429 and when to retry. The
     * user's row is locked while counting, so parallel requests cannot overshoot the limit.
     */
    public void spend(User user, RateLimitedAction action) {
        ModerationRules current = rules.current();
        Instant now = clock.instant();
        em.createNamedQuery(User.LOCK).setParameter(1, user.id()).getResultList();
        // Built at run time (the window's bound, > or >=, depends on the action): cannot be a named query.
        Tally window = Tally.of(Row.single(em.createNativeQuery("SELECT COUNT(*), MIN(created_at) FROM rate_event"
                        + " WHERE user_id = ?1 AND action = ?2 AND created_at " + (action.isRolling() ? ">" : ">=") + " ?3")
                .setParameter(1, user.id()).setParameter(2, action.name())
                .setParameter(3, InstantConverter.toDatabase(action.windowStart(now)))));
        RateLimit.Decision decision = RateLimit.check(action, window.count(), window.at(), now, current);
        if (decision instanceof RateLimit.Limited limited) {
            throw Refusal.tooMany("You have reached the limit of " + action.limit(current) + " "
                    + action.name().toLowerCase() + "s per " + (action.isRolling() ? "hour" : "day")
                    + "; try again in " + humane(limited.retryAfter()), limited.retryAfterSeconds());
        }
        em.createNamedQuery(RateEvent.RECORD)
                .setParameter(1, user.id()).setParameter(2, action.name())
                .setParameter(3, InstantConverter.toDatabase(now)).executeUpdate();
    }

    public Publication question(User author, String text) {
        Instant last = lastQuestionAt(author.id());
        return publication(NewUserPolicy.decideQuestion(text, poster(author), last, clock.instant(), rules.current()));
    }

    public Publication answer(User author, String text) {
        return publication(NewUserPolicy.decideAnswer(text, poster(author), rules.current()));
    }

    private Publication publication(NewUserPolicy.Verdict verdict) {
        if (verdict instanceof NewUserPolicy.TooManyLinks tooMany) {
            throw Refusal.invalid("body", "new members may include at most " + tooMany.max()
                    + " links (found " + tooMany.links() + ")");
        }
        if (verdict instanceof NewUserPolicy.TooSoon tooSoon) {
            Duration wait = Duration.between(clock.instant(), tooSoon.allowedAt());
            throw Refusal.tooMany("New members may ask one question every "
                    + humane(rules.current().newUserQuestionInterval()) + "; try again in " + humane(wait),
                    Math.max(1, (wait.toMillis() + 999) / 1000));
        }
        return verdict instanceof NewUserPolicy.HoldForApproval ? Publication.HOLD_FOR_APPROVAL : Publication.PUBLISH;
    }

    private static NewUserPolicy.Poster poster(User user) {
        return new NewUserPolicy.Poster(user.reputation(), user.staff());
    }

    private Instant lastQuestionAt(long authorId) {
        return InstantConverter.fromDatabase(em.createNamedQuery(RateEvent.LAST_QUESTION)
                .setParameter(1, authorId).getSingleResult());
    }

    private static String humane(Duration duration) {
        long seconds = Math.max(1, duration.toSeconds());
        if (seconds < 120) {
            return seconds + " seconds";
        }
        if (seconds < 7200) {
            return (seconds + 59) / 60 + " minutes";
        }
        return (seconds + 3599) / 3600 + " hours";
    }
}
