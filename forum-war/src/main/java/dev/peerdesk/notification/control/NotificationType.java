package dev.peerdesk.notification.control;

/** API.md's notification types, and NEW_QUESTION (a question in a followed tag). */
public enum NotificationType {
    ANSWER, COMMENT, MENTION, ACCEPTED, OFFICIAL_ANSWER, TICKET_UPDATED, TICKET_MESSAGE, TICKET_ASSIGNED,
    SLA_AT_RISK, NUDGE, NEW_QUESTION
}
