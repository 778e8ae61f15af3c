package dev.peerdesk.moderation;

/**
 * Why a post was flagged. Only spam and rude/abusive flags act automatically (hide, then delete
 * with a penalty): they are the harm a community must be able to stop before a moderator looks.
 * The other reasons wait in the review queue.
 */
public enum FlagReason {
    SPAM,
    RUDE,
    OFF_TOPIC,
    DUPLICATE,
    /** Anything else; the flagger must say what. */
    OTHER;

    /** The reason in words ("Rude or abusive"). */
    public String words() {
        return switch (this) {
            case SPAM -> "Spam";
            case RUDE -> "Rude or abusive";
            case OFF_TOPIC -> "Off topic";
            case DUPLICATE -> "Duplicate";
            case OTHER -> "Other";
        };
    }

    /** Whether flags for this reason count toward auto-hide and auto-delete. */
    public boolean isAbusive() {
        return this == SPAM || this == RUDE;
    }

    /** Whether the flagger must explain the flag in text. */
    public boolean requiresText() {
        return this == OTHER;
    }
}
