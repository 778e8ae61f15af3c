package dev.peerdesk.support.policy;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of {@link EscalationPolicy#decide}: a question is either never escalated
 * automatically, or due for escalation at a known instant for a reason and with a priority.
 */
public sealed interface EscalationDecision permits EscalationDecision.Never, EscalationDecision.DueAt {

    /** Whether the question should be in the support queue at {@code now}: due at or before it. */
    default boolean dueBy(Instant now) {
        Objects.requireNonNull(now, "now");
        return this instanceof DueAt due && !due.at().isAfter(now);
    }

    /**
     * The question is not escalated automatically.
     *
     * @param why a human sentence, e.g. "the question is closed"
     */
    record Never(String why) implements EscalationDecision {
        public Never {
            if (why == null || why.isBlank()) {
                throw new IllegalArgumentException("why must say why");
            }
        }
    }

    /**
     * The question is escalated at {@code at}, unless something changes before then.
     *
     * @param at       when the timer runs out
     * @param reason   which timer it is
     * @param priority the priority the ticket gets
     */
    record DueAt(Instant at, EscalationReason reason, Priority priority) implements EscalationDecision {
        public DueAt {
            if (at == null || reason == null || priority == null) {
                throw new IllegalArgumentException("at, reason and priority must not be null");
            }
        }
    }
}
