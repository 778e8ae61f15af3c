package dev.peerdesk.moderation.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.moderation.CloseReason;
import dev.peerdesk.moderation.CloseVoteTally;
import dev.peerdesk.moderation.FlagReason;
import dev.peerdesk.moderation.FlagTriage;
import dev.peerdesk.moderation.RateLimitedAction;
import dev.peerdesk.moderation.control.CloseVotes;
import dev.peerdesk.moderation.control.Flags;
import dev.peerdesk.moderation.control.ModerationGate;
import dev.peerdesk.moderation.control.ModerationRulesStore;
import dev.peerdesk.moderation.entity.Flag;
import dev.peerdesk.moderation.entity.FlagOutcome;
import dev.peerdesk.moderation.entity.FlagStatus;
import dev.peerdesk.platform.audit.AuditLog;
import dev.peerdesk.platform.text.EnumNames;
import dev.peerdesk.moderation.control.ModerationQueries;
import dev.peerdesk.user.control.Roles;
import dev.peerdesk.question.boundary.QuestionService;
import dev.peerdesk.question.control.PostCounters;
import dev.peerdesk.question.entity.Answer;
import dev.peerdesk.question.entity.Post;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.reputation.Privilege;
import dev.peerdesk.reputation.control.PrivilegeGate;
import dev.peerdesk.reputation.control.ReputationLedger;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import dev.peerdesk.question.control.ThreadEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff and community moderation (SPEC §4): flags with automatic hiding and deletion, review
 * outcomes, closing (alone as a moderator, or by three close votes), locking and suspensions.
 * Every action is written to the audit log in the same transaction.
 */
@ApplicationScoped
public class ModerationService {

    @Inject
    CloseVotes closeVotes;

    @Inject
    PostCounters counters;

    @Inject
    jakarta.enterprise.event.Event<ThreadEvent> threadEvents;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ModerationGate gate;

    @Inject
    ModerationRulesStore rules;

    @Inject
    PrivilegeGate privileges;

    @Inject
    ReputationLedger ledger;

    @Inject
    QuestionService questions;

    @Inject
    AuditLog audit;

    @Inject
    Flags flags;

    /** {@code POST /posts/{id}/flags}; JSON-B reads the reason's name at the edge. */
    public record FlagRequest(FlagReason reason, String text) {
    }

    public record FlagDto(long id, long postId, FlagReason reason, FlagStatus status) {
    }

    public record CloseRequest(CloseReason reason, Long duplicateOfId) {
    }

    public record SuspensionRequest(Instant until, String reason) {
        static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");
    }

    @Transactional
    public FlagDto flag(User flagger, long postId, FlagRequest request) {
        if (request == null) {
            throw Refusal.malformed("Send {reason, text?} as JSON");
        }
        FlagReason reason = request.reason();
        if (reason == null) {
            throw Refusal.invalid("reason", EnumNames.mustBe(FlagReason.class));
        }
        String text = request.text() == null ? null : request.text().strip();
        if (reason.requiresText() && (text == null || text.isEmpty())) {
            throw Refusal.invalid("text", "is required when the reason is OTHER");
        }
        if (text != null && text.length() > 500) {
            throw Refusal.invalid("text", "must be at most 500 characters");
        }
        gate.requireActive(flagger);
        privileges.require(flagger, Privilege.FLAG, "Flagging");
        // a hidden post can still be flagged by id: flags keep counting until a moderator acts
        Post post = em.find(Post.class, postId, LockModeType.PESSIMISTIC_WRITE);
        if (post == null || post.deleted()) {
            throw Refusal.notFound("Post " + postId);
        }
        if (post.writtenBy(flagger)) {
            throw Refusal.notAllowed("You cannot flag your own post");
        }
        if (flags.flaggedBy(postId, flagger.id())) {
            throw Refusal.conflict("You have already flagged this post");
        }
        gate.spend(flagger, RateLimitedAction.FLAG);
        Instant now = clock.instant();
        Flag flag = flags.add(postId, flagger.id(), reason, text, flagger.moderator());
        List<dev.peerdesk.moderation.Flag> open = flags.openOn(postId).stream().map(Flag::forTriage).toList();
        act(post, FlagTriage.triage(open, rules.current()), now);
        return new FlagDto(flag.id(), postId, reason, flag.status());
    }

    /** Applies the triage outcome (a deletion accepts the post's open flags, the new one included). */
    private void act(Post post, FlagTriage.Outcome outcome, Instant now) {
        if (outcome instanceof FlagTriage.DeleteWithPenalty delete) {
            removeAsSpam(post, delete.byModerator() ? "flagged by a moderator" : delete.abusiveFlaggers() + " spam/rude flags");
            return;
        }
        if (outcome instanceof FlagTriage.Hide hide && !post.hidden()) {
            hide(post, now);
            audit.record(null, "AUTO_HIDDEN", kind(post), post.id(), hide.abusiveFlaggers() + " spam/rude flags");
        }
    }

    private void removeAsSpam(Post post, String why) {
        Instant now = clock.instant();
        questions.deleteForModeration(post, now);
        ledger.removedAsSpam(post.author().id(), post.id());
        flags.resolveOpen(post.id(), FlagOutcome.ACCEPTED, null);
        audit.record(null, "DELETED_AS_SPAM", kind(post), post.id(), why + "; −100 reputation for the author");
    }

    @Transactional
    public void resolveFlag(User moderator, long flagId, FlagOutcome outcome) {
        Roles.requireModerator(moderator);
        if (outcome == null) {
            throw Refusal.invalid("outcome", EnumNames.mustBe(FlagOutcome.class));
        }
        Flag flag = flags.locked(flagId).orElseThrow(() -> Refusal.notFound("Flag " + flagId));
        if (!flag.resolve(outcome, moderator.id(), clock.instant())) {
            throw Refusal.conflict("This flag is already resolved");
        }
        audit.record(moderator.id(), "FLAG_" + outcome.name(), "FLAG", flagId, null);
    }

    /**
     * Who may use which review queue — one answer for the API and the pages: moderators (and
     * admins) every queue; the APPROVAL (first posts) queue also whoever has the REVIEW privilege,
     * which staff roles have by bypassing reputation gates (SPEC §3), so agents too.
     */
    public boolean mayReview(User user, ModerationQueries.Kind kind) {
        if (user == null) {
            return false;
        }
        return user.moderator() || kind == ModerationQueries.Kind.APPROVAL && privileges.has(user, Privilege.REVIEW);
    }

    /** {@link #mayReview} or 403 saying what it takes. */
    public void requireReview(User user, ModerationQueries.Kind kind) {
        if (user.moderator()) {
            return;
        }
        if (kind != ModerationQueries.Kind.APPROVAL) {
            throw Refusal.notAllowed("Only moderators see the " + kind + " queue");
        }
        privileges.require(user, Privilege.REVIEW, "Reviewing first posts");
    }

    /** The post is fine: shown again, released from approval, its open flags dismissed. */
    @Transactional
    public void approve(User reviewer, long postId) {
        if (!reviewer.moderator()) {
            privileges.require(reviewer, Privilege.REVIEW, "Reviewing posts");
        }
        Post post = existingPost(postId);
        boolean wasHeld = post.held();
        if (!post.hidden() && !wasHeld) {
            throw Refusal.conflict("This post is neither hidden nor waiting for approval");
        }
        show(post);
        flags.resolveOpen(postId, FlagOutcome.DISMISSED, reviewer.id());
        audit.record(reviewer.id(), wasHeld ? "APPROVED" : "RESTORED", kind(post), postId, null);
        if (wasHeld) { // published only now: those who hear of a new post hear of it now
            if (post instanceof Answer answer) {
                threadEvents.fire(new ThreadEvent.AnswerPosted(answer.questionId(), answer.id(), answer.author().id(),
                        answer.official()));
            } else {
                threadEvents.fire(new ThreadEvent.QuestionAsked(post.id(), post.author().id()));
            }
        }
    }

    @Transactional
    public void hide(User moderator, long postId) {
        Roles.requireModerator(moderator);
        Post post = existingPost(postId);
        if (post.hidden()) {
            throw Refusal.conflict("This post is already hidden");
        }
        hide(post, clock.instant());
        flags.resolveOpen(postId, FlagOutcome.ACCEPTED, moderator.id());
        audit.record(moderator.id(), "HIDDEN", kind(post), postId, null);
    }

    @Transactional
    public void unhide(User moderator, long postId) {
        Roles.requireModerator(moderator);
        Post post = existingPost(postId);
        if (!post.hidden()) {
            throw Refusal.conflict("This post is not hidden");
        }
        show(post);
        flags.resolveOpen(postId, FlagOutcome.DISMISSED, moderator.id());
        audit.record(moderator.id(), "UNHIDDEN", kind(post), postId, null);
    }

    /** Hidden posts leave every count: answers their question's, questions their tags'. */
    private void hide(Post post, Instant now) {
        if (post.hide(now)) {
            visibilityChanged(post, -1);
        }
    }

    private void show(Post post) {
        if (post.unhide()) {
            visibilityChanged(post, +1);
        }
    }

    private void visibilityChanged(Post post, int delta) {
        if (post instanceof Answer answer) {
            counters.answerVisibility(answer, delta);
        } else {
            counters.questionVisibility((Question) post, delta);
        }
        // hidden questions are never escalated; a hidden answer may leave its question unanswered
        threadEvents.fire(new ThreadEvent.EscalationMayChange(post.questionId()));
    }

    @Transactional
    public Question close(User actor, long questionId, CloseRequest request) {
        if (request == null) {
            throw Refusal.malformed("Send {reason, duplicateOfId?} as JSON");
        }
        CloseReason reason = request.reason();
        if (reason == null) {
            throw Refusal.invalid("reason", EnumNames.mustBe(CloseReason.class));
        }
        if (reason.requiresTarget()) {
            if (request.duplicateOfId() == null) {
                throw Refusal.invalid("duplicateOfId", "is required when closing as a duplicate");
            }
            Question target = em.find(Question.class, request.duplicateOfId());
            if (target == null || !target.publiclyVisible() || target.id() == questionId) {
                throw Refusal.invalid("duplicateOfId", "must be another existing question");
            }
        }
        gate.requireActive(actor);
        Question question = em.find(Question.class, questionId, LockModeType.PESSIMISTIC_WRITE);
        if (question == null || !question.visibleTo(actor)) {
            throw Refusal.notFound("Question " + questionId);
        }
        if (question.status() != dev.peerdesk.question.entity.QuestionStatus.OPEN) {
            throw Refusal.conflict("This question is already " + question.status().name().toLowerCase());
        }
        if (!actor.moderator()) {
            privileges.require(actor, Privilege.CLOSE_VOTE, "Voting to close");
        }
        Instant now = clock.instant();
        if (!closeVotes.cast(questionId, actor.id(), reason, request.duplicateOfId(), now)) {
            throw Refusal.conflict("You have already voted to close this question");
        }
        List<CloseVoteTally.Vote> votes = new ArrayList<>();
        for (CloseVotes.Vote vote : closeVotes.of(questionId)) {
            boolean moderatorVote = vote.voterId() == actor.id() && actor.moderator();
            votes.add(new CloseVoteTally.Vote(vote.voterId(), vote.reason(), vote.duplicateOfId(), moderatorVote, true));
        }
        if (CloseVoteTally.tally(votes) instanceof CloseVoteTally.Close close) {
            question.close(close.reason(), close.duplicateOfId(), now);
            flags.resolveOpen(questionId, FlagOutcome.ACCEPTED, actor.id());
            audit.record(actor.id(), "CLOSED", "QUESTION", questionId, close.reason().words()
                    + (close.byModerator() ? " by a moderator" : " by " + votes.size() + " close votes"));
        }
        return question;
    }

    @Transactional
    public Question reopen(User moderator, long questionId) {
        Roles.requireModerator(moderator);
        Question question = existingQuestion(questionId);
        if (question.status() != dev.peerdesk.question.entity.QuestionStatus.CLOSED) {
            throw Refusal.conflict("This question is not closed");
        }
        question.reopen(clock.instant());
        closeVotes.clear(questionId);
        audit.record(moderator.id(), "REOPENED", "QUESTION", questionId, null);
        threadEvents.fire(new ThreadEvent.EscalationMayChange(questionId));
        return question;
    }

    @Transactional
    public Question lock(User moderator, long questionId, boolean lock) {
        Roles.requireModerator(moderator);
        Question question = existingQuestion(questionId);
        if (lock == question.locked()) {
            throw Refusal.conflict("This question is already " + (lock ? "locked" : "unlocked"));
        }
        if (lock) {
            question.lock();
            flags.resolveOpen(questionId, FlagOutcome.ACCEPTED, moderator.id());
        } else {
            question.unlock();
            threadEvents.fire(new ThreadEvent.EscalationMayChange(questionId));
        }
        audit.record(moderator.id(), lock ? "LOCKED" : "UNLOCKED", "QUESTION", questionId, null);
        return question;
    }

    @Transactional
    public void suspend(User moderator, long userId, SuspensionRequest request) {
        Roles.requireModerator(moderator);
        if (request == null) {
            throw Refusal.malformed("Send {until, reason} as JSON");
        }
        if (request.until() == null || !request.until().isAfter(clock.instant())
                || request.until().isAfter(SuspensionRequest.LATEST)) { // DATETIME ends with year 9999
            throw Refusal.invalid("until", "must be a time in the future, at the latest 9999-12-31T23:59:59Z");
        }
        if (request.reason() == null || request.reason().isBlank() || request.reason().length() > 500) {
            throw Refusal.invalid("reason", "is required (at most 500 characters)");
        }
        User user = em.find(User.class, userId);
        if (user == null) {
            throw Refusal.notFound("User " + userId);
        }
        mayChangeSuspensionOf(moderator, user, "SUSPENSION_REFUSED");
        user.suspend(request.until(), request.reason().strip());
        audit.record(moderator.id(), "SUSPENDED", "USER", userId, "until " + request.until() + ": " + request.reason().strip());
    }

    @Transactional
    public void liftSuspension(User moderator, long userId) {
        Roles.requireModerator(moderator);
        User user = em.find(User.class, userId);
        if (user == null) {
            throw Refusal.notFound("User " + userId);
        }
        mayChangeSuspensionOf(moderator, user, "SUSPENSION_LIFT_REFUSED");
        user.liftSuspension();
        audit.record(moderator.id(), "SUSPENSION_LIFTED", "USER", userId, null);
    }

    /**
     * SPEC §8: nobody suspends or lifts a suspension of their own account, and only an ADMIN acts on
     * staff (a moderator cannot take another moderator or an admin out). Refusals are audited.
     */
    private void mayChangeSuspensionOf(User actor, User target, String refusedAction) {
        String why = null;
        if (actor.id().equals(target.id())) {
            why = "Nobody can suspend themselves or lift their own suspension";
        } else if (target.staff() && !actor.has(Role.ADMIN)) {
            why = "Only an ADMIN can suspend staff or lift a staff member's suspension";
        }
        if (why != null) {
            audit.recordRefusal(actor.id(), refusedAction, "USER", target.id(), why);
            throw Refusal.notAllowed(why);
        }
    }

    public ModerationRulesStore.RulesDto rules(User admin) {
        Roles.require(admin, Role.ADMIN);
        return ModerationRulesStore.RulesDto.of(rules.current());
    }

    @Transactional
    public ModerationRulesStore.RulesDto changeRules(User admin, ModerationRulesStore.RulesDto change) {
        Roles.require(admin, Role.ADMIN);
        ModerationRulesStore.RulesDto before = ModerationRulesStore.RulesDto.of(rules.current());
        ModerationRulesStore.RulesDto changed = ModerationRulesStore.RulesDto.of(rules.change(change));
        audit.record(admin.id(), "MODERATION_RULES_CHANGED", "SETTING", 0,
                dev.peerdesk.platform.audit.Changes.between(before, changed));
        return changed;
    }

    private Post existingPost(long postId) {
        Post post = em.find(Post.class, postId, LockModeType.PESSIMISTIC_WRITE);
        if (post == null || post.deleted()) {
            throw Refusal.notFound("Post " + postId);
        }
        return post;
    }

    private Question existingQuestion(long questionId) {
        Question question = em.find(Question.class, questionId, LockModeType.PESSIMISTIC_WRITE);
        if (question == null || question.deleted()) {
            throw Refusal.notFound("Question " + questionId);
        }
        return question;
    }

    private static String kind(Post post) {
        return post instanceof Question ? "QUESTION" : "ANSWER";
    }
}
