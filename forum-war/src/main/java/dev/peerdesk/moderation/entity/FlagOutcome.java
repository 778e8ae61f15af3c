package dev.peerdesk.moderation.entity;

/** How a moderator resolves an open flag ({@code POST /moderation/flags/{id}/resolve {outcome}}). */
public enum FlagOutcome {
    ACCEPTED, DISMISSED;

    /** The status a flag resolved this way has. */
    public FlagStatus status() {
        return this == ACCEPTED ? FlagStatus.ACCEPTED : FlagStatus.DISMISSED;
    }
}
