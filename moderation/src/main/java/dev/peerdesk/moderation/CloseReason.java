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

    /** Whether a close for this reason must name a target question. */
    public boolean requiresTarget() {
        return this == DUPLICATE;
    }
}
