package dev.peerdesk.support.control;

import dev.peerdesk.support.entity.TicketEvent;
import dev.peerdesk.support.policy.TicketStatus;

/**
 * A line was added to a ticket's timeline ({@link TicketJournal#event}): fired synchronously in the
 * transaction of the change, so features above support (notifications) react with it or not at all.
 * {@code status} and {@code assigneeId} are the ticket's after the change; {@code actorId} is null for
 * the system. Internal notes are facts too ({@code NOTE}): observers decide who may hear of them.
 */
public record TicketFact(long ticketId, long questionId, long askerId, Long assigneeId, TicketEvent.Type type,
                         Long actorId, TicketStatus status, String detail) {
}
