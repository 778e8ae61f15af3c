package dev.peerdesk.moderation;

/**
 * Why a question is closed. A duplicate must name the question it duplicates, so readers are sent
 * to the existing answers.
 */
public enum CloseReason {
    DUPLICATE,
    OFF_TOPIC,
    UNCLEAR,
    OTHER;

    /** The reason in words ("Off topic"). */
    public String words() {
        return switch (this) {
            case DUPLICATE -> "Duplicate";
            case OFF_TOPIC -> "Off topic";
            case UNCLEAR -> "Unclear";
            case OTHER -> "Other";
        };
    }

    /** Whether a close for this reason must name a target question. */
    public boolean requiresTarget() {
        return this == DUPLICATE;
    }
}
