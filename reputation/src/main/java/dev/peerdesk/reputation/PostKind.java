package dev.peerdesk.reputation;

/** A post is a question or an answer; some reputation and badge rules differ between the two. */
public enum PostKind {
    QUESTION,
    ANSWER
}
