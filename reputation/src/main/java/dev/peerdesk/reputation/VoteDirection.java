package dev.peerdesk.reputation;

/** A vote is +1 (up) or -1 (down); one per user per post. */
public enum VoteDirection {
    UP,
    DOWN
}
