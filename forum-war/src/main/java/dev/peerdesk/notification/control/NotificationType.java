package dev.peerdesk.notification.control;

/** API.md's notification types; the ones without a trigger yet (MENTION, SLA_AT_RISK, NUDGE) are reserved. */
public enum NotificationType {
    ANSWER, COMMENT, MENTION, ACCEPTED, OFFICIAL_ANSWER, TICKET_UPDATED, TICKET_MESSAGE, TICKET_ASSIGNED,
    SLA_AT_RISK, NUDGE
}
