package dev.peerdesk.notification.control;

import dev.peerdesk.question.control.ThreadEvent;
import dev.peerdesk.support.control.TicketFact;
import dev.peerdesk.support.policy.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Who hears of what (issue 11's table), observing the question and support features' events in
 * their transactions. Ticket facts reach only the asker and the assignee: followers and other members
 * never hear of a private ticket, and internal notes or routing details reach no member.
 */
@ApplicationScoped
public class NotificationTriggers {

    private static final String FOLLOWERS = "SELECT user_id AS uid FROM question_follow"
            + " WHERE question_id = ?10 AND following = TRUE";

    @Inject
    Notifications notifications;

    @Inject
    MailOutbox mail;

    void answerPosted(@Observes ThreadEvent.AnswerPosted event) {
        long q = event.questionId();
        Long asker = askerOf(q);
        if (asker == null) {
            return;
        }
        notifications.autoFollow(q, asker);
        if (event.official()) {
            // the asker hears "support answered" (once per answer); the other followers a plain answer
            if (follows(q, asker) && asker != event.authorId()) {
                notifications.notifyUser(Notice.single(NotificationType.OFFICIAL_ANSWER, q, event.answerId(), null,
                        null), event.authorId(), asker);
                mail.enqueue(asker, NotificationType.OFFICIAL_ANSWER, q, event.answerId(), null, true);
            }
            notifications.notify(Notice.folding(NotificationType.ANSWER, q, event.answerId(), null, "q" + q),
                    event.authorId(), FOLLOWERS + " AND user_id <> ?11", q, asker);
            mailOptedIn(NotificationType.ANSWER, q, event.answerId(), null, event.authorId(),
                    FOLLOWERS + " AND user_id <> ?11", q, asker);
        } else {
            notifications.notify(Notice.folding(NotificationType.ANSWER, q, event.answerId(), null, "q" + q),
                    event.authorId(), FOLLOWERS, q);
            if (asker != event.authorId() && follows(q, asker)) {
                mail.enqueue(asker, NotificationType.ANSWER, q, event.answerId(), null, true); // at once by default
            }
            mailOptedIn(NotificationType.ANSWER, q, event.answerId(), null, event.authorId(),
                    FOLLOWERS + " AND user_id <> ?11", q, asker);
        }
        notifications.autoFollow(q, event.authorId());
    }

    void commentPosted(@Observes ThreadEvent.CommentPosted event) {
        String recipients = "SELECT author_id AS uid FROM post WHERE id = ?10 AND deleted = 0"
                + " UNION SELECT author_id FROM comment WHERE post_id = ?10 AND id < ?11 AND deleted = 0";
        notifications.notify(Notice.folding(NotificationType.COMMENT, event.questionId(), event.postId(), null,
                "p" + event.postId()), event.authorId(), recipients, event.postId(), event.commentId());
        mailOptedIn(NotificationType.COMMENT, event.questionId(), event.postId(), null, event.authorId(), recipients,
                event.postId(), event.commentId());
        notifications.autoFollow(event.questionId(), event.authorId());
    }

    void answerAccepted(@Observes ThreadEvent.AnswerAccepted event) {
        String recipients = "SELECT author_id AS uid FROM post WHERE id = ?10 AND kind = 'A'";
        notifications.notify(Notice.single(NotificationType.ACCEPTED, event.questionId(), event.answerId(), null, null),
                event.askerId(), recipients, event.answerId());
        mailOptedIn(NotificationType.ACCEPTED, event.questionId(), event.answerId(), null, event.askerId(), recipients,
                event.answerId());
    }

    void ticketChanged(@Observes TicketFact fact) {
        long actor = fact.actorId() == null ? 0 : fact.actorId();
        switch (fact.type()) {
            case CREATED, ESCALATED_AGAIN -> toAsker(fact, actor, "ESCALATED");
            case SOLVED -> toAsker(fact, actor, "SOLVED");
            case CLOSED -> toAsker(fact, actor, "CLOSED");
            case REOPENED -> toAsker(fact, actor, "REOPENED");
            case STATUS_CHANGED -> {
                if (fact.status() == TicketStatus.PENDING) {
                    toAsker(fact, actor, "PENDING");
                } else if (fact.detail() != null && fact.detail().startsWith(TicketStatus.SOLVED.name())) {
                    toAsker(fact, actor, "REOPENED");
                }
            }
            case ASSIGNED, CLAIMED -> toUser(Notice.single(NotificationType.TICKET_ASSIGNED,
                    fact.questionId(), null, fact.ticketId(), null), actor, fact.assigneeId());
            case MESSAGE -> {
                Notice notice = Notice.folding(NotificationType.TICKET_MESSAGE, fact.questionId(), null,
                        fact.ticketId(), "t" + fact.ticketId());
                if (fact.actorId() != null && fact.actorId() == fact.askerId()) {
                    toUser(notice, actor, fact.assigneeId());
                } else {
                    toUser(notice, actor, fact.askerId());
                }
            }
            default -> {
                // notes, priority, CSAT, customer replies, the official answer (told by answerPosted): nobody
            }
        }
    }

    private void toAsker(TicketFact fact, long actor, String detail) {
        if (fact.askerId() == actor) {
            return;
        }
        notifications.notifyUser(Notice.single(NotificationType.TICKET_UPDATED, fact.questionId(), null,
                fact.ticketId(), detail), actor, fact.askerId());
        mail.enqueue(fact.askerId(), NotificationType.TICKET_UPDATED, fact.questionId(), null, detail, true);
    }

    /** In-app, and by mail when the recipient chose e-mail at once for this type (off by default). */
    private void toUser(Notice notice, long actor, Long recipient) {
        if (recipient == null || recipient == actor) {
            return;
        }
        notifications.notifyUser(notice, actor, recipient);
        mail.enqueue(recipient, notice.type(), notice.questionId(), notice.postId(), notice.detail(), false);
    }

    /** Mails those of the recipients who chose e-mail at once for a type that is in-app only by default. */
    private void mailOptedIn(NotificationType type, long questionId, Long postId, String detail, long actor,
                             String recipients, Object... params) {
        for (long recipient : notifications.optedIn(type, actor, recipients, params)) {
            mail.enqueue(recipient, type, questionId, postId, detail, false);
        }
    }

    private Long askerOf(long questionId) {
        return notifications.askerOf(questionId);
    }

    private boolean follows(long questionId, long userId) {
        return notifications.follows(questionId, userId);
    }
}
