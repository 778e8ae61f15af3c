package dev.peerdesk.moderation;

import java.util.Objects;

/**
 * An open flag on a post. One flag per user per post; an {@link FlagReason#OTHER} flag must say
 * what is wrong, otherwise a moderator cannot act on it.
 *
 * @param reason      why
 * @param text        the flagger's explanation (required for {@code OTHER}, optional otherwise)
 * @param flaggerId   who flagged
 * @param byModerator whether the flagger is a moderator, whose flag acts at once
 */
public record Flag(FlagReason reason, String text, long flaggerId, boolean byModerator) {

    public Flag {
        Objects.requireNonNull(reason, "reason");
        if (reason.requiresText() && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("text is required when the reason is " + reason);
        }
    }
}
