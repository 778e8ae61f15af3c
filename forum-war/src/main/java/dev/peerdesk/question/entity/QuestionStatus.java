package dev.peerdesk.question.entity;

/** Closed questions take no new answers; locked ones take nothing at all. */
public enum QuestionStatus {
    OPEN, CLOSED, LOCKED
}
