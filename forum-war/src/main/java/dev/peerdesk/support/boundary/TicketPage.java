package dev.peerdesk.support.boundary;

import dev.peerdesk.question.control.QuestionDto;
import dev.peerdesk.support.control.AgentDirectory;
import dev.peerdesk.support.control.SlaCountdown;
import dev.peerdesk.support.control.TicketDto;
import dev.peerdesk.support.policy.TicketStatus;

import java.util.List;
import java.util.Set;

/**
 * Everything the ticket page shows one viewer, read in one transaction, with what they may do
 * decided: agents get the notes, the customer view, the agents to reassign to and the actions.
 *
 * @param thread      the public thread, null when the question is no longer visible to the viewer
 * @param customer    for agents, the asker's customer view; else null
 * @param agents      for agents, whom the ticket may be reassigned to; else empty
 * @param movableTo   the statuses an agent may move the ticket to from where it is
 * @param sla         where the ticket stands against its SLA, as of the read
 */
public record TicketPage(TicketDto ticket, List<TicketDto.MessageDto> messages, QuestionDto thread,
                         TicketService.CustomerView customer, List<AgentDirectory.Agent> agents, boolean agent,
                         boolean assignedToMe, boolean closed, Set<TicketStatus> movableTo,
                         SlaCountdown.Standing sla) {
}
