package dev.peerdesk.support.control;

import dev.peerdesk.question.control.ThreadEvent;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.support.entity.Ticket;
import dev.peerdesk.support.entity.TicketEvent;
import dev.peerdesk.support.policy.EscalationDecision;
import dev.peerdesk.support.policy.EscalationPolicy;
import dev.peerdesk.support.policy.TicketStatus;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The loop between the public thread and its ticket, in one place. Runs inside the transaction
 * that changed the thread:
 * <ul>
 *   <li>an agent's (official) answer sets the first response and waits on the customer (PENDING);</li>
 *   <li>the asker's comment moves a PENDING ticket back to OPEN;</li>
 *   <li>the asker accepting any answer solves the ticket: SUPPORT if the answer is official, else COMMUNITY;</li>
 *   <li>un-accepting the answer that solved it reopens it (within the reopen window);</li>
 *   <li>changes that may make a question due sooner set its next sweep time again.</li>
 * </ul>
 */
@ApplicationScoped
public class SupportLoop {

    private static final dev.peerdesk.support.policy.SupportWindows WINDOWS =
            dev.peerdesk.support.policy.SupportWindows.defaults();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TicketQueries queries;

    @Inject
    TicketJournal journal;

    @Inject
    EscalationPolicyStore policies;

    @Inject
    EscalationCandidates candidates;

    void answerPosted(@Observes ThreadEvent.AnswerPosted event) {
        if (!event.official()) {
            return;
        }
        lockedTicket(event.questionId()).ifPresent(ticket -> {
            if (!ticket.status().active()) { // an answer after solving changes nothing but the thread
                return;
            }
            Instant now = clock.instant();
            User agent = em.getReference(User.class, event.authorId());
            if (ticket.assignee() == null || ticket.status() == TicketStatus.NEW) { // who answers owns it
                ticket.assignTo(em.find(User.class, event.authorId()));
            }
            boolean first = ticket.respond(now, calendar());
            journal.audited(ticket, TicketEvent.Type.OFFICIAL_ANSWER, agent,
                    (first ? "the first response; " : "") + "waiting on the customer");
            journal.publish(TicketJournal.UPDATED, ticket);
        });
    }

    void askerCommented(@Observes ThreadEvent.AskerCommented event) {
        lockedTicket(event.questionId()).filter(t -> t.status() == TicketStatus.PENDING).ifPresent(ticket -> {
            ticket.moveTo(TicketStatus.OPEN, clock.instant(), calendar());
            journal.event(ticket, TicketEvent.Type.CUSTOMER_REPLIED, em.getReference(User.class, event.askerId()),
                    "commented in the thread");
            journal.publish(TicketJournal.UPDATED, ticket);
        });
    }

    void answerAccepted(@Observes ThreadEvent.AnswerAccepted event) {
        lockedTicket(event.questionId()).ifPresent(ticket -> {
            Ticket.Resolution how = event.official() ? Ticket.Resolution.SUPPORT : Ticket.Resolution.COMMUNITY;
            if (!ticket.status().active()) { // a switch to another answer: that one solved it now
                ticket.solvingAnswerSwitched(event.answerId(), how);
                return;
            }
            ticket.solveByAcceptance(event.answerId(), how, clock.instant(), calendar());
            journal.event(ticket, TicketEvent.Type.SOLVED, em.getReference(User.class, event.askerId()),
                    "the asker accepted answer #" + event.answerId() + " (" + how + ")");
            journal.publish(TicketJournal.SOLVED, ticket);
        });
    }

    /**
     * Un-accepting the answer that solved the ticket reopens it, within the reopen window; after
     * the window the ticket stays as it is and the asker may escalate the question again
     * ({@code TicketService#escalate}).
     */
    void answerUnaccepted(@Observes ThreadEvent.AnswerUnaccepted event) {
        Instant now = clock.instant();
        lockedTicket(event.questionId())
                .filter(t -> t.status() == TicketStatus.SOLVED && Long.valueOf(event.answerId()).equals(t.solvedByAnswerId()))
                .filter(t -> WINDOWS.mayReopen(t.solvedAt(), now))
                .ifPresent(ticket -> {
                    ticket.moveTo(TicketStatus.OPEN, now, calendar());
                    journal.event(ticket, TicketEvent.Type.REOPENED, em.getReference(User.class, event.askerId()),
                            "the asker un-accepted answer #" + event.answerId() + ", which had solved it");
                    journal.publish(TicketJournal.UPDATED, ticket);
                });
    }

    /** Sets the question's next sweep time from fresh facts; escalated questions are left alone. */
    void escalationMayChange(@Observes ThreadEvent.EscalationMayChange event) {
        reschedule(event.questionId());
    }

    /** A new plan may bring due times closer: the asker's waiting questions are looked at by the next sweep. */
    void planChanged(@Observes dev.peerdesk.user.control.PlanChanged event) {
        em.createNamedQuery(Question.ESCALATE_SOONER)
                .setParameter(1, dev.peerdesk.platform.InstantConverter.toDatabase(clock.instant()))
                .setParameter(2, event.userId()).executeUpdate();
    }

    public void reschedule(long questionId) {
        em.flush(); // the facts are read with SQL: the change that fired the event must be visible
        EscalationCandidates.Candidate candidate = candidates.load(List.of(questionId)).get(questionId);
        if (candidate == null || candidate.escalated()) {
            return;
        }
        EscalationDecision decision = policies.current().decide(candidate.facts());
        candidates.scheduleAt(questionId, decision instanceof EscalationDecision.DueAt due ? due.at() : null);
    }

    private dev.peerdesk.support.policy.BusinessCalendar calendar() {
        EscalationPolicy policy = policies.current();
        return policy.calendar();
    }

    private Optional<Ticket> lockedTicket(long questionId) {
        Optional<Ticket> ticket = queries.ofQuestion(questionId);
        ticket.ifPresent(t -> em.lock(t, LockModeType.PESSIMISTIC_WRITE));
        ticket.ifPresent(em::refresh);
        return ticket;
    }
}
