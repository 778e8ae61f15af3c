package dev.peerdesk.support.policy;

import java.util.Objects;

/**
 * Lifecycle of a support ticket: {@code NEW → OPEN → PENDING → SOLVED → CLOSED}.
 *
 * <p>Allowed moves: NEW → OPEN, PENDING or SOLVED; OPEN → PENDING or SOLVED; PENDING → OPEN or
 * SOLVED; SOLVED → OPEN (the asker reopens) or CLOSED; CLOSED is final. Staying in the same status
 * is not a move.
 */
public enum TicketStatus {
    NEW, OPEN, PENDING, SOLVED, CLOSED;

    /** The status in words, as pages, mails and the ticket's history name it. */
    public String words() {
        return switch (this) {
            case NEW -> "New";
            case OPEN -> "Open";
            case PENDING -> "Pending (waiting on the customer)";
            case SOLVED -> "Solved";
            case CLOSED -> "Closed";
        };
    }

    /** Whether the ticket still needs work: NEW, OPEN or PENDING. */
    public boolean active() {
        return this == NEW || this == OPEN || this == PENDING;
    }

    /** Whether a ticket in this status may move to {@code next}. */
    public boolean canMoveTo(TicketStatus next) {
        Objects.requireNonNull(next, "next");
        return switch (this) {
            case NEW -> next == OPEN || next == PENDING || next == SOLVED;
            case OPEN -> next == PENDING || next == SOLVED;
            case PENDING -> next == OPEN || next == SOLVED;
            case SOLVED -> next == OPEN || next == CLOSED;
            case CLOSED -> false;
        };
    }
}
