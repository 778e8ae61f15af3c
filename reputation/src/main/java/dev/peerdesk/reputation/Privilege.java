package dev.peerdesk.reputation;

/**
 * What a member may do once their reputation reaches the privilege's threshold
 * ({@link ReputationRules#threshold(Privilege)}). Reputation is trust earned from the community,
 * so the more harm an action can do to others' posts, the higher its threshold. Staff roles bypass
 * every privilege.
 */
public enum Privilege {
    /** Upvote posts. */
    VOTE_UP,
    /** Flag posts for moderator attention. */
    FLAG,
    /** Comment on others' posts (commenting on one's own posts is always allowed). */
    COMMENT,
    /** Downvote posts. */
    VOTE_DOWN,
    /** Use a tag that does not exist yet. */
    CREATE_TAG,
    /** Review the first-posts queue. */
    REVIEW,
    /** Edit others' posts without review. */
    EDIT,
    /** Vote to close questions (three such votes close it). */
    CLOSE_VOTE
}
