package dev.peerdesk.reputation;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The tunables of the reputation system. {@link #defaults()} are the numbers of the product
 * specification; an admin may change any subset ({@link #with(Overrides)}).
 *
 * <p>Invariants (checked on construction, {@link IllegalArgumentException} naming the field):
 * every reason except {@link ReputationReason#REVERSAL} has points; rewards are {@code >= 0} and
 * penalties {@code <= 0}, so a rule can never turn a penalty into a reward; the daily cap is
 * {@code >= 0}; the floor and every privilege threshold are {@code >= 1}; serial voting needs at
 * least 2 votes in a positive window.
 *
 * @param points              points per reason (all reasons but {@code REVERSAL})
 * @param dailyCap            the most a user gains from upvotes per UTC day
 * @param floor               reputation never goes below this
 * @param privileges          reputation threshold per privilege
 * @param serialVoteThreshold votes by one voter on one author's posts within the window that count as serial voting
 * @param serialVoteWindow    the window for serial voting
 */
public record ReputationRules(
        Map<ReputationReason, Integer> points,
        int dailyCap,
        int floor,
        Map<Privilege, Integer> privileges,
        int serialVoteThreshold,
        Duration serialVoteWindow) {

    public ReputationRules {
        points = checkedPoints(points);
        privileges = checkedThresholds(privileges);
        if (dailyCap < 0) {
            throw invalid("dailyCap", "must be >= 0", dailyCap);
        }
        if (floor < 1) {
            throw invalid("floor", "must be >= 1", floor);
        }
        if (serialVoteThreshold < 2) {
            throw invalid("serialVoteThreshold", "must be >= 2", serialVoteThreshold);
        }
        if (serialVoteWindow == null || serialVoteWindow.isNegative() || serialVoteWindow.isZero()) {
            throw invalid("serialVoteWindow", "must be positive", serialVoteWindow);
        }
    }

    /** The specification's numbers. */
    public static ReputationRules defaults() {
        Map<ReputationReason, Integer> points = new EnumMap<>(ReputationReason.class);
        points.put(ReputationReason.QUESTION_UPVOTED, 10);
        points.put(ReputationReason.ANSWER_UPVOTED, 10);
        points.put(ReputationReason.DOWNVOTED, -2);
        points.put(ReputationReason.DOWNVOTE_CAST, -1);
        points.put(ReputationReason.ANSWER_ACCEPTED, 15);
        points.put(ReputationReason.ACCEPTED_ANSWER, 2);
        points.put(ReputationReason.SPAM_PENALTY, -100);
        Map<Privilege, Integer> privileges = new EnumMap<>(Privilege.class);
        privileges.put(Privilege.VOTE_UP, 15);
        privileges.put(Privilege.FLAG, 15);
        privileges.put(Privilege.COMMENT, 50);
        privileges.put(Privilege.VOTE_DOWN, 125);
        privileges.put(Privilege.CREATE_TAG, 300);
        privileges.put(Privilege.REVIEW, 500);
        privileges.put(Privilege.EDIT, 1000);
        privileges.put(Privilege.CLOSE_VOTE, 1500);
        return new ReputationRules(points, 200, 1, privileges, 10, Duration.ofHours(24));
    }

    /** Points for a reason; {@code REVERSAL} has none (it negates an earlier entry). */
    public int points(ReputationReason reason) {
        if (!reason.hasPoints()) {
            throw new IllegalArgumentException(reason + " has no points: a reversal negates an earlier entry");
        }
        return points.get(reason);
    }

    /** Reputation needed for a privilege. */
    public int threshold(Privilege privilege) {
        return privileges.get(privilege);
    }

    /**
     * A copy with the given values replaced; what the overrides leave {@code null} (or out of a map)
     * stays as it is. The result is validated like any rules.
     */
    public ReputationRules with(Overrides overrides) {
        Map<ReputationReason, Integer> newPoints = new EnumMap<>(points);
        if (overrides.points() != null) {
            overrides.points().forEach((reason, value) -> {
                if (!reason.hasPoints()) {
                    throw invalid("points." + reason, "is not configurable", value);
                }
                newPoints.put(reason, value);
            });
        }
        Map<Privilege, Integer> newPrivileges = new EnumMap<>(privileges);
        if (overrides.privileges() != null) {
            newPrivileges.putAll(overrides.privileges());
        }
        return new ReputationRules(
                newPoints,
                Objects.requireNonNullElse(overrides.dailyCap(), dailyCap),
                Objects.requireNonNullElse(overrides.floor(), floor),
                newPrivileges,
                Objects.requireNonNullElse(overrides.serialVoteThreshold(), serialVoteThreshold),
                Objects.requireNonNullElse(overrides.serialVoteWindow(), serialVoteWindow));
    }

    /**
     * A partial change to the rules, as sent by an admin's {@code PUT}: {@code null} means
     * "unchanged", and the maps may hold a subset of the keys.
     */
    public record Overrides(
            Map<ReputationReason, Integer> points,
            Integer dailyCap,
            Integer floor,
            Map<Privilege, Integer> privileges,
            Integer serialVoteThreshold,
            Duration serialVoteWindow) {

        /** Changes nothing. */
        public static Overrides none() {
            return new Overrides(null, null, null, null, null, null);
        }
    }

    private static Map<ReputationReason, Integer> checkedPoints(Map<ReputationReason, Integer> points) {
        if (points == null) {
            throw invalid("points", "must not be null", null);
        }
        Map<ReputationReason, Integer> copy = new EnumMap<>(ReputationReason.class);
        for (ReputationReason reason : ReputationReason.values()) {
            Integer value = points.get(reason);
            String field = "points." + reason;
            if (!reason.hasPoints()) {
                if (value != null) {
                    throw invalid(field, "is not configurable", value);
                }
                continue;
            }
            if (value == null) {
                throw invalid(field, "is required", null);
            }
            if (isReward(reason) && value < 0) {
                throw invalid(field, "must be >= 0", value);
            }
            if (!isReward(reason) && value > 0) {
                throw invalid(field, "must be <= 0", value);
            }
            copy.put(reason, value);
        }
        return Collections.unmodifiableMap(copy);
    }

    private static boolean isReward(ReputationReason reason) {
        return switch (reason) {
            case QUESTION_UPVOTED, ANSWER_UPVOTED, ANSWER_ACCEPTED, ACCEPTED_ANSWER -> true;
            case DOWNVOTED, DOWNVOTE_CAST, SPAM_PENALTY, REVERSAL -> false;
        };
    }

    private static Map<Privilege, Integer> checkedThresholds(Map<Privilege, Integer> privileges) {
        if (privileges == null) {
            throw invalid("privileges", "must not be null", null);
        }
        Map<Privilege, Integer> copy = new EnumMap<>(Privilege.class);
        for (Privilege privilege : Privilege.values()) {
            Integer value = privileges.get(privilege);
            String field = "privileges." + privilege;
            if (value == null) {
                throw invalid(field, "is required", null);
            }
            if (value < 1) {
                throw invalid(field, "must be >= 1", value);
            }
            copy.put(privilege, value);
        }
        return Collections.unmodifiableMap(copy);
    }

    private static IllegalArgumentException invalid(String field, String rule, Object value) {
        return new IllegalArgumentException(field + " " + rule + " (was " + value + ")");
    }
}
