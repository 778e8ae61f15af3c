package dev.peerdesk.moderation.boundary;

import dev.peerdesk.moderation.CloseReason;
import dev.peerdesk.moderation.FlagReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * How the moderation pages name flag and close reasons, in words
 * ({@code #{moderationLabels.flagReason(f.reason())}}): the enums' own {@code words()}, whose switches are
 * exhaustive, so a new constant does not compile until it has its words.
 */
@Named
@ApplicationScoped
public class ModerationLabels {

    public String flagReason(FlagReason reason) {
        if (reason == null) {
            return "";
        }
        return reason.words();
    }

    public String closeReason(CloseReason reason) {
        if (reason == null) {
            return "";
        }
        return reason.words();
    }
}
