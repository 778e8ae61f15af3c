package dev.peerdesk.moderation.entity;

/** Where a flag stands: waiting in the review queue, or resolved by an outcome. */
public enum FlagStatus {
    OPEN,
    /** A moderator agreed (hid, deleted, closed, locked or edited the post), or the flags acted automatically. */
    ACCEPTED,
    /** A moderator found the post fine (approved or showed it again). */
    DISMISSED
}
