package dev.peerdesk.support.control;

import dev.peerdesk.platform.audit.AuditLog;
import dev.peerdesk.support.entity.CsatRating;
import dev.peerdesk.support.entity.Ticket;
import dev.peerdesk.support.entity.TicketEvent;
import dev.peerdesk.support.webhook.WebhookOutbox;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * Everything a ticket change leaves behind, in the same transaction as the change: a line in the
 * ticket's timeline, a line in the audit log for staff and automatic actions, and the webhook
 * event in the outbox (sent after commit, so a rolled-back change is never announced).
 */
@ApplicationScoped
public class TicketJournal {

    public static final String CREATED = "ticket.created";
    public static final String UPDATED = "ticket.updated";
    public static final String SOLVED = "ticket.solved";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    WebhookOutbox outbox;

    @Inject
    Event<TicketFact> facts;

    public void event(Ticket ticket, TicketEvent.Type type, User actor, String detail) {
        em.persist(new TicketEvent(ticket.id(), type, actor == null ? null : em.getReference(User.class, actor.id()),
                detail, clock.instant()));
        facts.fire(new TicketFact(ticket.id(), ticket.questionId(), ticket.askerId(),
                ticket.assignee() == null ? null : ticket.assignee().id(), type, actor == null ? null : actor.id(),
                ticket.status(), detail));
    }

    /** Staff and system actions also go to the audit log (members' own actions do not). */
    public void audited(Ticket ticket, TicketEvent.Type type, User actor, String detail) {
        event(ticket, type, actor, detail);
        audit.record(actor == null ? null : actor.id(), "TICKET_" + type.name(), "TICKET", ticket.id(), detail);
    }

    public void publish(String webhookType, Ticket ticket) {
        em.flush();
        outbox.enqueue(webhookType, TicketDto.of(ticket, currentCsat(ticket)));
    }

    /** The rating of the current solve; none while the ticket is not solved (e.g. reopened). */
    public CsatRating currentCsat(Ticket ticket) {
        if (!ticket.solvedOrClosed()) {
            return null;
        }
        List<CsatRating> found = em.createQuery("SELECT c FROM CsatRating c WHERE c.ticketId = :t AND c.solveRound = :r",
                        CsatRating.class)
                .setParameter("t", ticket.id()).setParameter("r", ticket.solveRound()).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
