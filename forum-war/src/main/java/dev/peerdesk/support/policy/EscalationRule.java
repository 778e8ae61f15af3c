package dev.peerdesk.support.policy;

import java.time.Duration;

/**
 * One opinion about escalation timers and priority, e.g. for a support plan or a tag. A
 * {@code null} field means "no opinion". Rules combine by urgency: the shorter timer and the more
 * urgent priority win, component by component ({@link #mostUrgent}).
 *
 * @param unansweredAfter how long a question may go without an answer from others, or null
 * @param unresolvedAfter how long an answered question may go without an accepted answer, or null
 * @param priority        the ticket priority, or null
 */
public record EscalationRule(Duration unansweredAfter, Duration unresolvedAfter, Priority priority) {

    public EscalationRule {
        requirePositiveOrNull(unansweredAfter, "unansweredAfter");
        requirePositiveOrNull(unresolvedAfter, "unresolvedAfter");
    }

    /**
     * Component-wise most urgent of this rule and {@code other}: the shorter of each timer and the
     * more urgent priority, where a null field loses to any value. A null {@code other} is a rule
     * with no opinion.
     */
    public EscalationRule mostUrgent(EscalationRule other) {
        if (other == null) {
            return this;
        }
        return new EscalationRule(
                shortest(unansweredAfter, other.unansweredAfter),
                shortest(unresolvedAfter, other.unresolvedAfter),
                Priority.mostUrgent(priority, other.priority));
    }

    private static Duration shortest(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        return b != null && b.compareTo(a) < 0 ? b : a;
    }

    private static void requirePositiveOrNull(Duration value, String field) {
        if (value != null && (value.isZero() || value.isNegative())) {
            throw new IllegalArgumentException(field + " must be positive: " + value);
        }
    }
}
