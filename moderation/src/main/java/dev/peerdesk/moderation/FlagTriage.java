package dev.peerdesk.moderation;

import java.util.List;

/**
 * Decides what the open flags on a post do to it, before any moderator reviews them.
 *
 * <ul>
 *   <li>A moderator's spam or rude flag acts at once: the post is deleted with the spam penalty.</li>
 *   <li>Otherwise the distinct flaggers of spam/rude count: {@code hideAfterFlags} hide the post
 *       pending review, {@code deleteAfterFlags} delete it with the penalty. A hidden post keeps
 *       collecting flags until a moderator acts.</li>
 *   <li>Other reasons never act automatically; they wait in the review queue.</li>
 * </ul>
 *
 * Outcomes name the state the post should be in, so triaging again is harmless.
 */
public final class FlagTriage {

    private FlagTriage() {
    }

    /** What the flags do to the post. */
    public sealed interface Outcome {
    }

    /** The post stays as it is. */
    public record NoChange() implements Outcome {
    }

    /** Hide the post pending review. */
    public record Hide(int abusiveFlaggers) implements Outcome {
    }

    /** Delete the post and apply the spam penalty to its author. */
    public record DeleteWithPenalty(int abusiveFlaggers, boolean byModerator) implements Outcome {
    }

    /** The outcome of a post's open flags. */
    public static Outcome triage(List<Flag> openFlags, ModerationRules rules) {
        List<Flag> abusive = openFlags.stream().filter(flag -> flag.reason().isAbusive()).toList();
        int flaggers = (int) abusive.stream().mapToLong(Flag::flaggerId).distinct().count();
        if (abusive.stream().anyMatch(Flag::byModerator)) {
            return new DeleteWithPenalty(flaggers, true);
        }
        if (flaggers >= rules.deleteAfterFlags()) {
            return new DeleteWithPenalty(flaggers, false);
        }
        if (flaggers >= rules.hideAfterFlags()) {
            return new Hide(flaggers);
        }
        return new NoChange();
    }
}
