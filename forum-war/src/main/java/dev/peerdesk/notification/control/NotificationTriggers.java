package dev.peerdesk.notification.control;

import dev.peerdesk.question.control.ThreadEvent;
import dev.peerdesk.support.control.TicketFact;
import dev.peerdesk.support.policy.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who hears of what (issue 11's table), observing the question and support features' events in
 * their transactions. Ticket facts reach only the asker and the assignee: followers and other members
 * never hear of a private ticket, and internal notes or routing details reach no member.
 *
 * <p>Mentions: someone {@code @named} in an answer or comment (a thread participant, see
 * {@link Mentions}) gets one MENTION instead of the ANSWER or COMMENT notification of that post, so
 * nobody hears of one post twice; on an official answer the asker hears OFFICIAL_ANSWER instead. A
 * new question has no participants but its asker, so a mention in a question reaches nobody.
 */
@ApplicationScoped
public class NotificationTriggers {

    private static final String FOLLOWERS = "SELECT user_id AS uid FROM question_follow"
            + " WHERE question_id = ?10 AND following = TRUE";

    @Inject
    Notifications notifications;

    @Inject
    MailOutbox mail;

    @Inject
    Nudges nudges;

    void questionAsked(@Observes ThreadEvent.QuestionAsked event) {
        long q = event.questionId();
        notifications.notifyTagFollowers(q, event.authorId());
        for (long recipient : notifications.mailedAtOnce(NotificationType.NEW_QUESTION,
                MailDelivery.byDefault(NotificationType.NEW_QUESTION), event.authorId(), Notifications.TAG_FOLLOWERS, q)) {
            String tag = notifications.followedTagOf(q, recipient);
            mail.enqueue(recipient, NotificationType.NEW_QUESTION, q, null, tag, "NEW_QUESTION:" + tag);
        }
    }

    void answerPosted(@Observes ThreadEvent.AnswerPosted event) {
        long q = event.questionId();
        Long asker = askerOf(q);
        if (asker == null) {
            return;
        }
        notifications.autoFollow(q, asker);
        Set<Long> mentioned = mentioned(q, notifications.body(event.answerId(), false));
        if (event.official()) {
            mentioned.remove(asker); // OFFICIAL_ANSWER tells the asker
        }
        mention(mentioned, q, event.answerId(), event.authorId());
        String others = FOLLOWERS + " AND user_id <> ?11" + notIn(mentioned);
        Notice answer = Notice.folding(NotificationType.ANSWER, q, event.answerId(), null, "q" + q);
        if (event.official()) {
            // the asker hears "support answered" (once per answer); the other followers a plain answer
            if (follows(q, asker) && asker != event.authorId()) {
                notifications.notifyUser(Notice.single(NotificationType.OFFICIAL_ANSWER, q, event.answerId(), null,
                        null), event.authorId(), asker);
                mail.enqueue(asker, NotificationType.OFFICIAL_ANSWER, q, event.answerId(), null);
            }
            notifications.notify(answer, event.authorId(), asker, others, q, asker);
        } else {
            notifications.notify(answer, event.authorId(), asker, FOLLOWERS + notIn(mentioned), q);
            if (asker != event.authorId() && follows(q, asker) && !mentioned.contains(asker)) {
                mail.enqueue(asker, NotificationType.ANSWER, q, event.answerId(), null, answer.foldKey());
            }
        }
        // followers who did not ask: by mail at once only when they chose so
        mailAtOnce(answer, MailDelivery.FOR_FOLLOWERS, event.authorId(), others, q, asker);
        notifications.autoFollow(q, event.authorId());
    }

    void commentPosted(@Observes ThreadEvent.CommentPosted event) {
        Set<Long> mentioned = mentioned(event.questionId(), notifications.body(event.commentId(), true));
        mention(mentioned, event.questionId(), event.postId(), event.authorId());
        String recipients = "SELECT uid FROM (SELECT author_id AS uid FROM post WHERE id = ?10 AND deleted = 0"
                + " UNION SELECT author_id FROM comment WHERE post_id = ?10 AND id < ?11 AND deleted = 0) c"
                + (mentioned.isEmpty() ? "" : " WHERE uid NOT IN (" + ids(mentioned) + ")");
        Notice comment = Notice.folding(NotificationType.COMMENT, event.questionId(), event.postId(), null,
                "p" + event.postId());
        notifications.notify(comment, event.authorId(), recipients, event.postId(), event.commentId());
        mailAtOnce(comment, MailDelivery.byDefault(NotificationType.COMMENT), event.authorId(), recipients,
                event.postId(), event.commentId());
        notifications.autoFollow(event.questionId(), event.authorId());
    }

    void answerAccepted(@Observes ThreadEvent.AnswerAccepted event) {
        String recipients = "SELECT author_id AS uid FROM post WHERE id = ?10 AND kind = 'A'";
        Notice accepted = Notice.single(NotificationType.ACCEPTED, event.questionId(), event.answerId(), null, null);
        notifications.notify(accepted, event.askerId(), recipients, event.answerId());
        mailAtOnce(accepted, MailDelivery.byDefault(NotificationType.ACCEPTED), event.askerId(), recipients,
                event.answerId());
        nudges.accepted(event.questionId());
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
        toUser(Notice.single(NotificationType.TICKET_UPDATED, fact.questionId(), null, fact.ticketId(), detail), actor,
                fact.askerId());
    }

    /** In-app, and by mail as the recipient's setting for the type says (its default when none). */
    private void toUser(Notice notice, long actor, Long recipient) {
        if (recipient == null || recipient == actor) {
            return;
        }
        notifications.notifyUser(notice, actor, recipient);
        mail.enqueue(recipient, notice.type(), notice.questionId(), notice.postId(), notice.detail(),
                notice.foldKey());
    }

    /** Mails those of the recipients whose e-mail for the type is INSTANT ({@code byDefault} when not chosen). */
    private void mailAtOnce(Notice notice, MailDelivery byDefault, long actor, String recipients, Object... params) {
        for (long recipient : notifications.mailedAtOnce(notice.type(), byDefault, actor, recipients, params)) {
            mail.enqueue(recipient, notice.type(), notice.questionId(), notice.postId(), notice.detail(),
                    notice.foldKey());
        }
    }

    /** The thread's participants named in {@code body} (mentions outside code). */
    private Set<Long> mentioned(long questionId, String body) {
        java.util.List<String> names = Mentions.names(body);
        if (names.isEmpty()) {
            return new java.util.LinkedHashSet<>();
        }
        return new java.util.LinkedHashSet<>(Mentions.resolve(names, notifications.participants(questionId)));
    }

    /** MENTION to each (the author is left out: no self-mention), in-app and by mail. */
    private void mention(Set<Long> mentioned, long questionId, long postId, long authorId) {
        mentioned.remove(authorId);
        for (long user : mentioned) {
            toUser(Notice.single(NotificationType.MENTION, questionId, postId, null, null), authorId, user);
        }
    }

    private static String notIn(Set<Long> ids) {
        return ids.isEmpty() ? "" : " AND user_id NOT IN (" + ids(ids) + ")";
    }

    /** At most {@link Mentions#MAX_MENTIONS} numeric ids: safe to write into the SQL. */
    private static String ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private Long askerOf(long questionId) {
        return notifications.askerOf(questionId);
    }

    private boolean follows(long questionId, long userId) {
        return notifications.follows(questionId, userId);
    }
}
