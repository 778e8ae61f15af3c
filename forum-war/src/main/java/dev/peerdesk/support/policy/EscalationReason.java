package dev.peerdesk.support.policy;

/** Why a question was promoted to the support queue. */
public enum EscalationReason {
    /** Open question with no answer from anyone but the asker after the unanswered timer. */
    UNANSWERED,
    /** Has answers from others, none accepted, after the unresolved timer. */
    UNRESOLVED,
    /** The asker clicked "still need help" (allowed once the question is old enough). */
    REQUESTED,
    /** Escalated by hand by a staff member. */
    STAFF;

    /** Why the question became a ticket, in words. */
    public String words() {
        return switch (this) {
            case UNANSWERED -> "Unanswered";
            case UNRESOLVED -> "Unresolved";
            case REQUESTED -> "Asker needs help";
            case STAFF -> "Escalated by staff";
        };
    }
}
