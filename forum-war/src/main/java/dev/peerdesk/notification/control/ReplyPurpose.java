package dev.peerdesk.notification.control;

import java.util.Optional;

/**
 * What a reply by e-mail to a notification mail becomes (issue 13): a comment on the post the mail is
 * about, an answer to a question a follower was told of, a private message on the ticket, or (for the
 * agent told of an assignment or an SLA risk) an internal note. Mails about nothing one can reply to
 * (a digest) carry no reply address.
 */
public enum ReplyPurpose {
    COMMENT, ANSWER, TICKET_MESSAGE, INTERNAL_NOTE;

    public static Optional<ReplyPurpose> of(NotificationType type) {
        return Optional.ofNullable(switch (type) {
            case ANSWER, COMMENT, MENTION, ACCEPTED, OFFICIAL_ANSWER, NUDGE -> COMMENT;
            case NEW_QUESTION -> ANSWER;
            case TICKET_MESSAGE, TICKET_UPDATED -> TICKET_MESSAGE;
            case TICKET_ASSIGNED, SLA_AT_RISK -> INTERNAL_NOTE;
        });
    }

    /** The line of the mail that says what replying does. */
    public String hint() {
        return switch (this) {
            case COMMENT -> "Reply to this e-mail to add a comment (write above the quoted text).";
            case ANSWER -> "Reply to this e-mail to post an answer (write above the quoted text).";
            case TICKET_MESSAGE -> "Reply to this e-mail to send a private message on your support ticket.";
            case INTERNAL_NOTE -> "Reply to this e-mail to add an internal note to the ticket (only agents see it).";
        };
    }
}
