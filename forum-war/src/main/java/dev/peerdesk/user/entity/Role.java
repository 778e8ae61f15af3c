package dev.peerdesk.user.entity;

/** What a user may do beyond asking and answering. Every registered user is a MEMBER. */
public enum Role {
    MEMBER, MODERATOR, AGENT, ADMIN;

    public boolean staff() {
        return this != MEMBER;
    }
}
