package dev.peerdesk.support.policy;

/**
 * How urgently a support ticket must be handled, from least to most urgent. The declaration order
 * is the urgency order, so {@code URGENT} outranks {@code HIGH}, which outranks {@code NORMAL},
 * which outranks {@code LOW}.
 */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    /** The priority in words ("Normal"). */
    public String words() {
        return switch (this) {
            case LOW -> "Low";
            case NORMAL -> "Normal";
            case HIGH -> "High";
            case URGENT -> "Urgent";
        };
    }

    /**
     * Whether this priority is strictly more urgent than {@code other}. Any priority is more
     * urgent than {@code null} ("no opinion").
     */
    public boolean moreUrgentThan(Priority other) {
        return other == null || compareTo(other) > 0;
    }

    /**
     * The more urgent of the two; {@code null} means "no opinion" and loses to any priority, so
     * the result is {@code null} only when both are.
     */
    public static Priority mostUrgent(Priority a, Priority b) {
        if (a == null) {
            return b;
        }
        return b != null && b.moreUrgentThan(a) ? b : a;
    }
}
