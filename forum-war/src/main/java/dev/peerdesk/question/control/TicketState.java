package dev.peerdesk.question.control;

/**
 * A support ticket's status as a question's thread shows it ({@code ticket.status} of API.md's
 * Question). The question feature may not know the support feature's types; support maps its
 * {@code TicketStatus} onto these constants, which carry the same names, so the JSON is the same.
 */
public enum TicketState {
    NEW, OPEN, PENDING, SOLVED, CLOSED
}
