package dev.peerdesk.reputation;

/**
 * A user's reputation position at the moment an event is applied: everything the policy needs
 * to enforce the daily cap, the floor and "staff never earn or lose reputation".
 *
 * @param userId               the user
 * @param total                current reputation (the ledger sum)
 * @param gainedFromVotesToday what stands of today's (UTC, see {@link ReputationPolicy#capDayStart})
 *                             entries whose reason {@linkplain ReputationReason#countsTowardDailyCap
 *                             counts toward the cap}, after their reversals
 *                             ({@link ReputationPolicy#capUsed})
 * @param staff                whether the user holds a staff role (moderator, agent, admin)
 */
public record Standing(long userId, int total, int gainedFromVotesToday, boolean staff) {

    public Standing {
        if (gainedFromVotesToday < 0) {
            throw new IllegalArgumentException("gainedFromVotesToday must be >= 0 (was " + gainedFromVotesToday + ")");
        }
    }

    /** A member (not staff) with the given total who has gained nothing from votes today. */
    public static Standing member(long userId, int total) {
        return new Standing(userId, total, 0, false);
    }

    /** A staff account; its reputation never changes. */
    public static Standing staff(long userId, int total) {
        return new Standing(userId, total, 0, true);
    }
}
