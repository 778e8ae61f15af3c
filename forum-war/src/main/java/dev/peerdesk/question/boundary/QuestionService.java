package dev.peerdesk.question.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.errors.Checks;
import dev.peerdesk.platform.text.Markdown;
import dev.peerdesk.question.control.PostCounters;
import dev.peerdesk.question.control.QuestionQueries;
import dev.peerdesk.question.control.PostRules;
import dev.peerdesk.question.control.ViewCounter;
import dev.peerdesk.question.entity.Answer;
import dev.peerdesk.question.entity.Comment;
import dev.peerdesk.question.entity.Post;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.question.entity.Revision;
import dev.peerdesk.moderation.RateLimitedAction;
import dev.peerdesk.moderation.control.ModerationGate;
import dev.peerdesk.moderation.control.Flags;
import dev.peerdesk.moderation.entity.FlagOutcome;
import dev.peerdesk.reputation.BadgeFacts;
import dev.peerdesk.reputation.Privilege;
import dev.peerdesk.reputation.control.Badges;
import dev.peerdesk.reputation.control.PrivilegeGate;
import dev.peerdesk.reputation.control.ReputationLedger;
import dev.peerdesk.user.entity.User;
import dev.peerdesk.user.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import dev.peerdesk.question.control.RelatedQuestions;
import dev.peerdesk.question.control.ThreadEvent;

/**
 * Every write of the Q&A core, one transaction each: asking, answering, editing (with a revision
 * per edit), deleting, accepting and commenting. Counters move by atomic SQL so that parallel
 * answers and comments are all counted.
 */
@ApplicationScoped
public class QuestionService {

    @PersistenceContext
    EntityManager em;

    /** The only writer of answer and tag counts (their invariants have one owner). */
    @Inject
    QuestionQueries queries;

    @Inject
    PostCounters counters;

    @Inject
    Clock clock;

    @Inject
    RelatedQuestions related;

    @Inject
    ViewCounter views;

    @Inject
    PrivilegeGate privileges;

    @Inject
    ReputationLedger ledger;

    @Inject
    Badges badges;

    @Inject
    ModerationGate gate;

    @Inject
    Flags flags;

    @Inject
    Event<ThreadEvent> threadEvents;

    public record NewQuestion(String title, String body, List<String> tags) {
    }

    public record QuestionEdit(String title, String body, List<String> tags, String summary) {
    }

    public record PostBody(String body, String summary) {
    }

    @Transactional
    public Question ask(User author, NewQuestion request) {
        if (request == null) {
            throw Refusal.malformed("Send {title, body, tags} as JSON");
        }
        Checks checks = new Checks();
        PostRules.title(checks, request.title());
        PostRules.body(checks, request.body());
        List<String> tags = PostRules.tags(checks, request.tags());
        checks.orThrow();
        gate.requireActive(author);
        requireTagCreation(author, tags);
        ModerationGate.Publication publication = gate.question(author, request.title() + "\n" + request.body());
        Instant now = clock.instant();
        User writer = em.getReference(User.class, author.id());
        Question question = new Question(writer, request.title().strip(), request.body(),
                Markdown.toSafeHtml(request.body()), tags, now);
        if (publication == ModerationGate.Publication.HOLD_FOR_APPROVAL) {
            question.holdForApproval(now);
        }
        em.persist(question);
        em.flush();
        counters.tag(question.id(), tags, now);
        if (question.hidden()) {
            counters.questionVisibility(question, -1); // counted once approved
        }
        em.persist(new Revision(question, author.id(), "asked", now));
        related.compute(question.id(), question.title());
        threadEvents.fire(new ThreadEvent.EscalationMayChange(question.id()));
        if (publication != ModerationGate.Publication.HOLD_FOR_APPROVAL) { // a held one is told of once approved
            threadEvents.fire(new ThreadEvent.QuestionAsked(question.id(), author.id()));
        }
        return question;
    }

    @Transactional
    public Question edit(User actor, long questionId, QuestionEdit request) {
        if (request == null) {
            throw Refusal.malformed("Send {title?, body?, tags?, summary?} as JSON");
        }
        Question question = visibleQuestion(questionId, actor);
        gate.requireActive(actor);
        requireEditRights(actor, question);
        if (question.locked()) {
            throw Refusal.conflict("This question is locked; it cannot be edited");
        }
        Checks checks = new Checks();
        String title = request.title() == null ? question.title() : request.title();
        String body = request.body() == null ? question.body() : request.body();
        PostRules.title(checks, title);
        PostRules.body(checks, body);
        PostRules.summary(checks, request.summary());
        List<String> tags = request.tags() == null ? question.tags() : PostRules.tags(checks, request.tags());
        checks.orThrow();
        Instant now = clock.instant();
        List<String> before = question.tags();
        requireTagCreation(actor, tags);
        if (!Objects.equals(before, tags)) {
            counters.untag(questionId, before.stream().filter(t -> !tags.contains(t)).toList());
            counters.tag(questionId, tags.stream().filter(t -> !before.contains(t)).toList(), now);
        }
        boolean retitled = !title.strip().equals(question.title());
        question.revise(title.strip(), body, Markdown.toSafeHtml(body), tags, now);
        em.flush();
        if (retitled) {
            related.compute(questionId, question.title());
        }
        em.persist(new Revision(question, actor.id(), request.summary(), now));
        badges.consider(actor.id(), new BadgeFacts.PostEdited(), questionId);
        resolveFlagsIfModerator(actor, questionId);
        if (!Objects.equals(before, tags)) { // a tag may carry a shorter escalation timer
            threadEvents.fire(new ThreadEvent.EscalationMayChange(questionId));
        }
        return question;
    }

    @Transactional
    public void deleteQuestion(User actor, long questionId) {
        Question question = visibleQuestion(questionId, actor);
        if (!actor.moderator()) {
            if (!question.writtenBy(actor)) {
                throw Refusal.notAllowed("Only the asker or a moderator can delete this question");
            }
            if (question.answerCount() > 0) {
                throw Refusal.conflict("This question has answers; ask a moderator to delete it");
            }
        }
        deleteForModeration(question, clock.instant());
        resolveFlagsIfModerator(actor, questionId);
        ledger.answerUnaccepted(questionId);
        ledger.postDeleted(questionId);
    }

    /**
     * Deletes a post and keeps the counts right (answers, tags, the accepted answer); reputation
     * is the caller's business (a deletion reverses, spam removal also penalises).
     */
    public void deleteForModeration(Post post, Instant now) {
        if (post instanceof Question question) {
            if (question.hidden()) {
                counters.questionVisibility(question, +1); // untag below takes it out of the counts
            }
            question.delete(now);
            counters.untag(question.id(), question.tags());
            return;
        }
        Answer answer = (Answer) post;
        Question question = em.find(Question.class, answer.questionId(), LockModeType.PESSIMISTIC_WRITE);
        if (answer.accepted()) {
            question.unaccept(answer);
            ledger.answerUnaccepted(question.id());
        }
        if (!answer.hidden()) {
            counters.answerVisibility(answer, -1);
        }
        answer.delete(now);
        threadEvents.fire(new ThreadEvent.EscalationMayChange(question.id())); // may be unanswered again
    }

    /** A moderator's edit or deletion is a review outcome: it resolves the post's open flags. */
    private void resolveFlagsIfModerator(User actor, long postId) {
        if (actor.moderator()) {
            flags.resolveOpen(postId, FlagOutcome.ACCEPTED, actor.id());
        }
    }

    @Transactional
    public Answer answer(User author, long questionId, PostBody request) {
        if (request == null) {
            throw Refusal.malformed("Send {body} as JSON");
        }
        PostRules.body(new Checks(), request.body()).orThrow();
        Question question = visibleQuestion(questionId, author);
        if (!question.acceptsAnswers()) {
            throw Refusal.conflict("This question is " + question.status().name().toLowerCase()
                    + " and takes no new answers");
        }
        gate.requireActive(author);
        ModerationGate.Publication publication = gate.answer(author, request.body());
        Instant now = clock.instant();
        // an agent's answer on an escalated question is the official one (SPEC §5)
        boolean official = question.escalated() && author.has(Role.AGENT) && !question.writtenBy(author);
        Answer answer = new Answer(question, em.getReference(User.class, author.id()), request.body(),
                Markdown.toSafeHtml(request.body()), official, now);
        boolean held = publication == ModerationGate.Publication.HOLD_FOR_APPROVAL;
        if (held) {
            answer.holdForApproval(now); // counted once a moderator approves it
        }
        em.persist(answer);
        em.flush();
        em.persist(new Revision(answer, author.id(), "answered", now));
        counters.answerPosted(questionId, !held, now);
        if (!held) {
            threadEvents.fire(new ThreadEvent.AnswerPosted(questionId, answer.id(), author.id(), official));
        }
        return answer;
    }

    @Transactional
    public Answer editAnswer(User actor, long answerId, PostBody request) {
        if (request == null) {
            throw Refusal.malformed("Send {body, summary?} as JSON");
        }
        Answer answer = visibleAnswer(answerId, actor);
        gate.requireActive(actor);
        requireEditRights(actor, answer);
        Checks checks = new Checks();
        PostRules.body(checks, request.body());
        PostRules.summary(checks, request.summary());
        checks.orThrow();
        if (em.find(Question.class, answer.questionId()).locked()) {
            throw Refusal.conflict("This question is locked; its answers cannot be edited");
        }
        Instant now = clock.instant();
        answer.revise(request.body(), Markdown.toSafeHtml(request.body()), now);
        em.flush();
        em.persist(new Revision(answer, actor.id(), request.summary(), now));
        badges.consider(actor.id(), new BadgeFacts.PostEdited(), answerId);
        resolveFlagsIfModerator(actor, answerId);
        counters.activity(answer.questionId(), now);
        return answer;
    }

    @Transactional
    public void deleteAnswer(User actor, long answerId) {
        Answer answer = visibleAnswer(answerId, actor);
        if (!answer.writtenBy(actor) && !actor.moderator()) {
            throw Refusal.notAllowed("Only the author or a moderator can delete this answer");
        }
        deleteForModeration(answer, clock.instant());
        resolveFlagsIfModerator(actor, answerId);
        ledger.postDeleted(answerId);
    }

    @Transactional
    public Question accept(User asker, long questionId, Long answerId) {
        if (answerId == null) {
            throw Refusal.invalid("answerId", "is required");
        }
        Question question = lockedQuestionOfAsker(asker, questionId);
        Answer answer = em.find(Answer.class, answerId);
        if (answer == null || answer.deleted() || answer.questionId() != questionId) {
            throw Refusal.invalid("answerId", "is not an answer to question " + questionId);
        }
        if (answer.accepted()) {
            throw Refusal.conflict("This answer is already accepted");
        }
        Answer accepted = question.acceptedAnswerId() == null ? null : em.find(Answer.class, question.acceptedAnswerId());
        question.accept(answer, accepted, clock.instant());
        if (accepted != null) {
            ledger.answerUnaccepted(questionId);
        }
        em.flush();
        long answererId = answer.author().id();
        ledger.answerAccepted(asker.id(), answererId, questionId, answerId);
        long acceptedAnswers = queries.acceptedAnswersOf(answererId);
        boolean ownAnswer = answererId == asker.id();
        badges.consider(answererId, new BadgeFacts.OwnAnswerAccepted(ownAnswer, (int) acceptedAnswers,
                question.escalated()), answerId);
        badges.consider(asker.id(), new BadgeFacts.AcceptedAnswerOnOwnQuestion(ownAnswer), questionId);
        threadEvents.fire(new ThreadEvent.AnswerAccepted(questionId, answerId, asker.id(), answer.official()));
        return question;
    }

    @Transactional
    public Question unaccept(User asker, long questionId) {
        Question question = lockedQuestionOfAsker(asker, questionId);
        if (question.acceptedAnswerId() == null) {
            throw Refusal.conflict("No answer is accepted on this question");
        }
        long answerId = question.acceptedAnswerId();
        clearAcceptance(question);
        threadEvents.fire(new ThreadEvent.AnswerUnaccepted(questionId, answerId, asker.id()));
        threadEvents.fire(new ThreadEvent.EscalationMayChange(questionId));
        return question;
    }

    /**
     * Takes back the acceptance of {@code answerId} (and the reputation it earned) because the
     * ticket it had solved was reopened: "solved" must not stand in the thread while support works
     * on it again. Fires no event (the ticket side is already done); nothing happens when that
     * answer is no longer the accepted one.
     */
    @Transactional
    public void withdrawAcceptance(long questionId, long answerId) {
        Question question = em.find(Question.class, questionId, LockModeType.PESSIMISTIC_WRITE);
        if (question != null && Objects.equals(question.acceptedAnswerId(), answerId)) {
            clearAcceptance(question);
        }
    }

    private void clearAcceptance(Question question) {
        question.unaccept(em.find(Answer.class, question.acceptedAnswerId()));
        ledger.answerUnaccepted(question.id());
    }

    @Transactional
    public Comment comment(User author, long postId, PostBody request) {
        if (request == null) {
            throw Refusal.malformed("Send {body} as JSON");
        }
        PostRules.comment(new Checks(), request.body()).orThrow();
        Post post = visiblePost(postId, author);
        gate.requireActive(author);
        Question thread = em.find(Question.class, post.questionId());
        if (!post.commentableBy(author, thread, privileges.has(author, Privilege.COMMENT))) {
            privileges.require(author, Privilege.COMMENT, "Commenting on other people's posts"); // says what it takes
        }
        if (thread.locked()) {
            throw Refusal.conflict("This question is locked; it takes no comments");
        }
        gate.spend(author, RateLimitedAction.COMMENT);
        Instant now = clock.instant();
        Comment comment = new Comment(post, em.getReference(User.class, author.id()), request.body().strip(), now);
        em.persist(comment);
        em.flush();
        counters.activity(post.questionId(), now);
        threadEvents.fire(new ThreadEvent.CommentPosted(thread.id(), postId, comment.id(), author.id()));
        if (thread.writtenBy(author)) {
            threadEvents.fire(new ThreadEvent.AskerCommented(thread.id(), author.id()));
        }
        return comment;
    }

    @Transactional
    public void deleteComment(User actor, long commentId) {
        Comment comment = em.find(Comment.class, commentId);
        if (comment == null || comment.deleted()) {
            throw Refusal.notFound("Comment " + commentId);
        }
        if (!comment.writtenBy(actor) && !actor.moderator()) {
            throw Refusal.notAllowed("Only the author or a moderator can delete this comment");
        }
        comment.delete();
    }

    /** Counts a view; in memory, written in batches (see ViewCounter), so reading stays read-only. */
    public void recordView(long questionId, String visitor) {
        views.record(questionId, visitor);
    }

    // --- visibility and rights ---------------------------------------------------------------

    /** A question the viewer may see: deleted ones are gone, hidden ones only for author and moderators. */
    public Question visibleQuestion(long id, User viewer) {
        Question question = em.find(Question.class, id);
        if (question == null || !question.visibleTo(viewer)) {
            throw Refusal.notFound("Question " + id);
        }
        return question;
    }

    private Answer visibleAnswer(long id, User viewer) {
        Answer answer = em.find(Answer.class, id);
        if (answer == null || !answer.visibleTo(viewer)) {
            throw Refusal.notFound("Answer " + id);
        }
        return answer;
    }

    public Post visiblePost(long id, User viewer) {
        Post post = em.find(Post.class, id);
        if (post == null || !post.visibleTo(viewer)) {
            throw Refusal.notFound("Post " + id);
        }
        return post;
    }

    private void requireEditRights(User actor, Post post) {
        if (!post.writtenBy(actor)) {
            privileges.require(actor, Privilege.EDIT, "Editing other people's posts");
        }
    }

    /** New tags need the CREATE_TAG privilege; existing ones anybody may use. */
    private void requireTagCreation(User actor, List<String> tags) {
        if (privileges.has(actor, Privilege.CREATE_TAG)) {
            return;
        }
        List<String> existing = em.createQuery("SELECT t.name FROM Tag t WHERE t.name IN :names", String.class)
                .setParameter("names", tags).getResultList();
        List<String> unknown = tags.stream().filter(t -> !existing.contains(t)).toList();
        if (!unknown.isEmpty()) {
            privileges.require(actor, Privilege.CREATE_TAG, "Creating the new tag(s) " + String.join(", ", unknown));
        }
    }

    private Question lockedQuestionOfAsker(User asker, long questionId) {
        Question question = visibleQuestion(questionId, asker);
        if (!question.writtenBy(asker)) {
            throw Refusal.notAllowed("Only the asker can accept an answer");
        }
        if (question.locked()) {
            throw Refusal.conflict("This question is locked");
        }
        em.lock(question, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(question);
        return question;
    }
}
