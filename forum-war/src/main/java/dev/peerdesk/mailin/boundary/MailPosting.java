package dev.peerdesk.mailin.boundary;

import dev.peerdesk.mailin.control.Inbox;
import dev.peerdesk.mailin.control.ParsedMail;
import dev.peerdesk.notification.control.MailContent;
import dev.peerdesk.notification.control.MailOutbox;
import dev.peerdesk.notification.control.MailSettings;
import dev.peerdesk.notification.control.ReplyTokens;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.question.boundary.QuestionService;
import dev.peerdesk.question.control.QuestionQueries;
import dev.peerdesk.question.entity.Answer;
import dev.peerdesk.question.entity.Comment;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.support.boundary.TicketService;
import dev.peerdesk.user.control.SuspensionGuard;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The transactions of the inbound pipeline, one per message ({@code REQUIRES_NEW}): the inbox row is
 * claimed first, so a second delivery of the message (or a second node) waits and then finds it taken;
 * what the mail becomes is written by the same services, under the same rules, as on the site, in the
 * same transaction as the claim. A refusal rolls all of it back; {@link #refuse} then records it.
 */
@ApplicationScoped
public class MailPosting {

    /** What a message became; {@code inboxId} null: another delivery of it had been handled. */
    public record Posted(Long inboxId, String outcome) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Inbox inbox;

    @Inject
    ReplyTokens tokens;

    @Inject
    SuspensionGuard suspensions;

    @Inject
    QuestionService questions;

    @Inject
    QuestionQueries queries;

    @Inject
    TicketService tickets;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings mailSettings;

    @Transactional(TxType.REQUIRES_NEW)
    public Posted reply(String key, Inbox.Via via, ParsedMail mail, byte[] raw, ReplyTokens.Issued issued) {
        User user = em.find(User.class, issued.userId());
        Optional<Long> id = inbox.claim(key, via, mail, raw, Inbox.Status.POSTED, "Being posted",
                issued.purpose().name(), user.id());
        if (id.isEmpty()) {
            return new Posted(null, "Already received");
        }
        suspensions.requireActive(user, "reply by e-mail");
        if (!tokens.use(issued)) {
            throw Refusal.conflict(InboundMailService.USED);
        }
        Question thread = em.find(Question.class, issued.questionId());
        String title = thread == null ? "a question" : "“" + thread.title() + "”";
        String outcome;
        Long postId;
        switch (issued.purpose()) {
            case COMMENT -> {
                Comment comment = questions.comment(user, issued.postId(), new QuestionService.PostBody(mail.body(), null));
                outcome = "Comment on " + title;
                postId = comment.postId();
            }
            case ANSWER -> {
                Answer answer = questions.answer(user, issued.questionId(), new QuestionService.PostBody(mail.body(), null));
                outcome = "Answer to " + title;
                postId = answer.id();
            }
            case TICKET_MESSAGE -> {
                tickets.message(user, tickets.ticketIdOf(issued.questionId()), mail.body(), true);
                outcome = "Private message on the support ticket of " + title;
                postId = null;
            }
            case INTERNAL_NOTE -> {
                tickets.note(user, tickets.ticketIdOf(issued.questionId()), mail.body(), true);
                outcome = "Internal note on the support ticket of " + title;
                postId = null;
            }
            default -> throw new IllegalStateException(issued.purpose().name());
        }
        inbox.became(id.get(), outcome, issued.questionId(), postId);
        if (!mail.attachments().isEmpty()) {
            outbox.enqueueReply(user.id(), mail.fromAddress(), "MAIL_NOTE", MailContent.reply(
                    "Your reply was posted without its attachments",
                    List.of("Your reply by e-mail was posted (" + outcome + ").",
                            InboundMailService.attachmentsDropped(mail)),
                    List.of(new MailOutbox.DigestItem("Open it on Peerdesk", link(issued.questionId())))));
        }
        return new Posted(id.get(), outcome);
    }

    /** A question from the support address; its asker hears at once of solved questions like it. */
    @Transactional(TxType.REQUIRES_NEW)
    public Posted ask(String key, Inbox.Via via, ParsedMail mail, byte[] raw, long userId, String tag) {
        User user = em.find(User.class, userId);
        Optional<Long> id = inbox.claim(key, via, mail, raw, Inbox.Status.POSTED, "Being posted", "QUESTION", userId);
        if (id.isEmpty()) {
            return new Posted(null, "Already received");
        }
        suspensions.requireActive(user, "ask by e-mail");
        Question question = questions.ask(user, new QuestionService.NewQuestion(mail.subjectWithoutPrefixes(),
                mail.body(), List.of(tag)));
        String outcome = "Question “" + question.title() + "”";
        inbox.became(id.get(), outcome, question.id(), question.id());
        List<MailOutbox.DigestItem> links = new ArrayList<>();
        links.add(new MailOutbox.DigestItem("Your question: " + question.title(), link(question.id())));
        List<Question> similar = queries.similarSolved(question.title(), question.id());
        for (Question q : similar) {
            links.add(new MailOutbox.DigestItem("Solved: " + q.title(), link(q.id())));
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(question.hidden()
                ? "Thank you: your question is posted and a moderator will look at it before others see it."
                : "Thank you: your question is posted, and the community and our support team can see it.");
        paragraphs.add(similar.isEmpty()
                ? "You will hear by e-mail when someone answers; reply to those e-mails to continue."
                : "While you wait, these solved questions look like yours; one of them may already have the answer.");
        if (!mail.attachments().isEmpty()) {
            paragraphs.add(InboundMailService.attachmentsDropped(mail));
        }
        outbox.enqueueReply(userId, mail.fromAddress(), "MAIL_ASKED",
                MailContent.reply("Your question is posted: " + question.title(), paragraphs, links));
        return new Posted(id.get(), outcome);
    }

    /**
     * Records a message that became nothing (status REFUSED or IGNORED) and, when it was recorded now
     * (not by another delivery) and {@code notice} is given, writes that notice to its sender.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean refuse(String key, Inbox.Via via, ParsedMail mail, byte[] raw, Inbox.Status status, String outcome,
                          Long userId, String noticeType, MailContent notice) {
        boolean recorded = inbox.claim(key, via, mail, raw, status, outcome, null, userId).isPresent();
        if (recorded && notice != null) {
            outbox.enqueueReply(userId, mail.fromAddress(), noticeType, notice);
        }
        return recorded;
    }

    private String link(long questionId) {
        return mailSettings.publicUrl() + "/questions/" + questionId;
    }
}
