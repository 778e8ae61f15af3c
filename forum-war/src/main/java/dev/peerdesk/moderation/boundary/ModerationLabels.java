package dev.peerdesk.moderation.boundary;

import dev.peerdesk.moderation.CloseReason;
import dev.peerdesk.moderation.FlagReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * How the moderation pages name flag and close reasons, in words: the one place per enum
 * ({@code #{moderationLabels.flagReason(f.reason())}}). Every switch is exhaustive: a new constant
 * does not compile until it has its words.
 */
@Named
@ApplicationScoped
public class ModerationLabels {

    public String flagReason(FlagReason reason) {
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case SPAM -> "Spam";
            case RUDE -> "Rude or abusive";
            case OFF_TOPIC -> "Off topic";
            case DUPLICATE -> "Duplicate";
            case OTHER -> "Other";
        };
    }

    public String closeReason(CloseReason reason) {
        if (reason == null) {
            return "";
        }
        return switch (reason) {
            case DUPLICATE -> "Duplicate";
            case OFF_TOPIC -> "Off topic";
            case UNCLEAR -> "Unclear";
            case OTHER -> "Other";
        };
    }
}
