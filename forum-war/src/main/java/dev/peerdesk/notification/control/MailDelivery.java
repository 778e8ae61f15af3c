package dev.peerdesk.notification.control;

/**
 * How a type of notification goes out by e-mail (in-app is always on): at once, in the daily digest,
 * or not at all. A user's stored choice wins; without one, {@link #byDefault} decides.
 */
public enum MailDelivery {
    INSTANT, DIGEST, OFF;

    /**
     * The default of each type for its direct recipient, the one table of defaults:
     *
     * <pre>
     * type             default  why
     * ANSWER           INSTANT  answers to your own question (followers who did not ask: see {@link #FOR_FOLLOWERS})
     * OFFICIAL_ANSWER  INSTANT  support answered your escalated question
     * TICKET_UPDATED   INSTANT  your ticket was escalated, waits on you, was solved, reopened, closed
     * TICKET_MESSAGE   INSTANT  a private message on your ticket (asker) or on your assigned ticket (agent)
     * TICKET_ASSIGNED  INSTANT  agents: a ticket was routed, claimed or reassigned to you
     * SLA_AT_RISK      INSTANT  agents: a deadline of your ticket is within the hour or was missed (of an
 *                           unassigned ticket every agent hears in-app, by mail only when they chose INSTANT)
     * NUDGE            INSTANT  timely by nature: it comes shortly before an escalation
     * MENTION          INSTANT  someone addressed you personally (and it replaces the ANSWER/COMMENT
     *                           notification of that post, so the asker mentioned in an answer still
     *                           hears of it at once)
     * COMMENT          DIGEST
     * ACCEPTED         DIGEST
     * NEW_QUESTION     DIGEST   followed tags
     * </pre>
     */
    public static MailDelivery byDefault(NotificationType type) {
        return switch (type) {
            case ANSWER, OFFICIAL_ANSWER, TICKET_UPDATED, TICKET_MESSAGE, TICKET_ASSIGNED, SLA_AT_RISK, NUDGE,
                 MENTION -> INSTANT;
            case COMMENT, ACCEPTED, NEW_QUESTION -> DIGEST;
        };
    }

    /**
     * The default for people who only follow a question (ANSWER to a follower who is not the asker):
     * the digest. A stored choice for ANSWER applies to both.
     */
    public static final MailDelivery FOR_FOLLOWERS = DIGEST;
}
