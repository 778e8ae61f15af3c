package dev.peerdesk.support.control;

import dev.peerdesk.platform.audit.AuditLog;
import dev.peerdesk.support.entity.Ticket;
import dev.peerdesk.support.entity.TicketEvent;
import dev.peerdesk.support.policy.EscalationPolicy;
import dev.peerdesk.support.policy.EscalationReason;
import dev.peerdesk.support.policy.Priority;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/** Opens the one ticket of a question; shared by the sweep and by manual escalation. */
@ApplicationScoped
public class Escalations {

    @PersistenceContext
    EntityManager em;

    @Inject
    EscalationCandidates candidates;

    @Inject
    TicketJournal journal;

    @Inject
    AuditLog audit;

    /**
     * Opens the ticket if this transaction wins the conditional update on the question; null when
     * the question was already escalated (by another sweep, node or person). Its SLA due times
     * come from {@code policy}'s SLA table.
     *
     * @param actor null for the sweep
     */
    public Ticket open(EscalationCandidates.Candidate question, EscalationReason reason, Priority priority, User actor,
                       Instant now, EscalationPolicy policy, AgentRouter.Roster roster) {
        if (!candidates.markEscalated(question.questionId())) {
            return null;
        }
        Ticket ticket = new Ticket(question.questionId(), question.askerId(), reason, priority, now, policy.sla(), policy.calendar());
        em.persist(ticket);
        em.flush();
        String why = reason.words() + ", " + priority.words().toLowerCase() + " priority";
        journal.event(ticket, TicketEvent.Type.CREATED, actor, why);
        audit.record(actor == null ? null : actor.id(), "ESCALATED", "QUESTION", question.questionId(), why);
        roster.pick(question.facts().tags()).ifPresent(agentId -> {
            User agent = em.find(User.class, agentId);
            ticket.route(agent);
            journal.event(ticket, TicketEvent.Type.ASSIGNED, null, "routed to " + agent.displayName());
        });
        journal.publish(TicketJournal.CREATED, ticket);
        return ticket;
    }
}
