package dev.peerdesk.question.control;

import dev.peerdesk.question.entity.Question;
import dev.peerdesk.user.entity.User;

import java.util.Optional;

/**
 * The support ticket of a question as its thread shows it ({@code ticket} of API.md's Question).
 * Tickets and who may see them belong to the support feature, which depends on question and not
 * the other way round: support provides this (one bean), so the rule is written once, on the ticket.
 */
public interface ThreadTickets {

    /** The ticket of an escalated question, if {@code viewer} may know of it; visitors (null) never. */
    Optional<QuestionDto.TicketRef> ticketOf(Question question, User viewer);
}
