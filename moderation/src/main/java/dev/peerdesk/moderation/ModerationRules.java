package dev.peerdesk.moderation;

import java.time.Duration;
import java.util.Objects;

/**
 * The tunables of moderation. {@link #defaults()} are the numbers of the product specification;
 * an admin may change any subset ({@link #with(Overrides)}).
 *
 * <p>Invariants (checked on construction, {@link IllegalArgumentException} naming the field):
 * thresholds and limits are {@code >= 1}; a post is hidden before it is deleted
 * ({@code deleteAfterFlags >= hideAfterFlags}); the new-user question interval is not negative
 * (zero switches it off); new users may be allowed zero links.
 *
 * @param hideAfterFlags          distinct spam/rude flaggers that hide a post pending review
 * @param deleteAfterFlags        distinct spam/rude flaggers that delete a post with the spam penalty
 * @param newUserReputation       below this reputation a member is a new user
 * @param newUserQuestionInterval a new user asks at most one question per interval
 * @param maxLinksForNewUsers     most links a new user's post may hold
 * @param votesPerDay             votes per user per UTC day
 * @param flagsPerDay             flags per user per UTC day
 * @param commentsPerHour         comments per user per rolling hour
 * @param signInFailuresPerAccount       failed sign-ins per account in {@link SignInThrottle#WINDOW} before a delay
 * @param signInFailuresPerAddress       failed sign-ins per client address in the same window before a delay
 * @param registrationsPerAddressPerHour registrations per client address per rolling hour
 */
public record ModerationRules(
        int hideAfterFlags,
        int deleteAfterFlags,
        int newUserReputation,
        Duration newUserQuestionInterval,
        int maxLinksForNewUsers,
        int votesPerDay,
        int flagsPerDay,
        int commentsPerHour,
        int signInFailuresPerAccount,
        int signInFailuresPerAddress,
        int registrationsPerAddressPerHour) {

    public ModerationRules {
        atLeast("hideAfterFlags", hideAfterFlags, 1);
        atLeast("deleteAfterFlags", deleteAfterFlags, hideAfterFlags);
        atLeast("newUserReputation", newUserReputation, 1);
        if (newUserQuestionInterval == null || newUserQuestionInterval.isNegative()) {
            throw new IllegalArgumentException(
                    "newUserQuestionInterval must be >= PT0S (was " + newUserQuestionInterval + ")");
        }
        atLeast("maxLinksForNewUsers", maxLinksForNewUsers, 0);
        atLeast("votesPerDay", votesPerDay, 1);
        atLeast("flagsPerDay", flagsPerDay, 1);
        atLeast("commentsPerHour", commentsPerHour, 1);
        atLeast("signInFailuresPerAccount", signInFailuresPerAccount, 1);
        atLeast("signInFailuresPerAddress", signInFailuresPerAddress, 1);
        atLeast("registrationsPerAddressPerHour", registrationsPerAddressPerHour, 1);
    }

    /** The specification's numbers. */
    public static ModerationRules defaults() {
        return new ModerationRules(3, 6, 10, Duration.ofMinutes(10), 2, 30, 10, 20, 10, 50, 20);
    }

    /**
     * A copy with the given values replaced; what the overrides leave {@code null} stays as it is.
     * The result is validated like any rules.
     */
    public ModerationRules with(Overrides overrides) {
        return new ModerationRules(
                Objects.requireNonNullElse(overrides.hideAfterFlags(), hideAfterFlags),
                Objects.requireNonNullElse(overrides.deleteAfterFlags(), deleteAfterFlags),
                Objects.requireNonNullElse(overrides.newUserReputation(), newUserReputation),
                Objects.requireNonNullElse(overrides.newUserQuestionInterval(), newUserQuestionInterval),
                Objects.requireNonNullElse(overrides.maxLinksForNewUsers(), maxLinksForNewUsers),
                Objects.requireNonNullElse(overrides.votesPerDay(), votesPerDay),
                Objects.requireNonNullElse(overrides.flagsPerDay(), flagsPerDay),
                Objects.requireNonNullElse(overrides.commentsPerHour(), commentsPerHour),
                Objects.requireNonNullElse(overrides.signInFailuresPerAccount(), signInFailuresPerAccount),
                Objects.requireNonNullElse(overrides.signInFailuresPerAddress(), signInFailuresPerAddress),
                Objects.requireNonNullElse(overrides.registrationsPerAddressPerHour(), registrationsPerAddressPerHour));
    }

    /** A partial change to the rules, as sent by an admin's {@code PUT}: {@code null} means "unchanged". */
    public record Overrides(
            Integer hideAfterFlags,
            Integer deleteAfterFlags,
            Integer newUserReputation,
            Duration newUserQuestionInterval,
            Integer maxLinksForNewUsers,
            Integer votesPerDay,
            Integer flagsPerDay,
            Integer commentsPerHour,
            Integer signInFailuresPerAccount,
            Integer signInFailuresPerAddress,
            Integer registrationsPerAddressPerHour) {

        /** The first eight tunables only (the sign-in limits stay as they are). */
        public Overrides(Integer hideAfterFlags, Integer deleteAfterFlags, Integer newUserReputation,
                         Duration newUserQuestionInterval, Integer maxLinksForNewUsers, Integer votesPerDay,
                         Integer flagsPerDay, Integer commentsPerHour) {
            this(hideAfterFlags, deleteAfterFlags, newUserReputation, newUserQuestionInterval, maxLinksForNewUsers,
                    votesPerDay, flagsPerDay, commentsPerHour, null, null, null);
        }

        /** Changes nothing. */
        public static Overrides none() {
            return new Overrides(null, null, null, null, null, null, null, null);
        }
    }

    private static void atLeast(String field, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(field + " must be >= " + minimum + " (was " + value + ")");
        }
    }
}
