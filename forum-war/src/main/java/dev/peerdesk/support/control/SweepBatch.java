package dev.peerdesk.support.control;

import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.support.entity.Ticket;
import dev.peerdesk.support.entity.TicketEvent;
import dev.peerdesk.support.policy.EscalationDecision;
import dev.peerdesk.support.policy.EscalationPolicy;
import dev.peerdesk.support.policy.SupportWindows;
import dev.peerdesk.support.policy.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One bounded batch of the sweep, one transaction each: a crash loses at most the batch in
 * flight, which rolls back whole and is picked up by the next sweep on any node.
 */
@ApplicationScoped
public class SweepBatch {

    public record Result(int visited, int escalated) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EscalationCandidates candidates;

    @Inject
    EscalationPolicyStore policies;

    @Inject
    AgentRouter router;

    @Inject
    Escalations escalations;

    @Inject
    TicketJournal journal;

    /**
     * Escalates the due questions of one batch. The stored due time is the earliest moment a
     * question could be due; the policy decides again on fresh facts, and a question that is not
     * due after all (answered meanwhile, closed…) gets its next due time or none.
     */
    @Transactional
    public Result escalateDue(int size) {
        Instant now = clock.instant();
        List<Long> due = candidates.lockDue(now, size);
        if (due.isEmpty()) {
            return new Result(0, 0);
        }
        EscalationPolicy policy = policies.current();
        Map<Long, EscalationCandidates.Candidate> facts = candidates.load(due);
        AgentRouter.Roster roster = null;
        int escalated = 0;
        for (long id : due) {
            EscalationCandidates.Candidate candidate = facts.get(id);
            if (candidate == null || candidate.escalated()) { // an answer row or stale: nothing to wait for
                em.createNamedQuery(Question.NOTHING_TO_WAIT_FOR).setParameter(1, id)
                        .executeUpdate();
                continue;
            }
            EscalationDecision decision = policy.decide(candidate.facts());
            if (decision.dueBy(now)) {
                EscalationDecision.DueAt dueAt = (EscalationDecision.DueAt) decision;
                if (roster == null) {
                    roster = router.roster();
                }
                if (escalations.open(candidate, dueAt.reason(), dueAt.priority(), null, now, policy, roster) != null) {
                    escalated++;
                }
                // keep the persistence context small: every flush walks all managed objects, so a
                // batch that kept its tickets and events would cost quadratic time
                em.flush();
                em.clear();
            } else {
                candidates.scheduleAt(id, decision instanceof EscalationDecision.DueAt d ? d.at() : null);
            }
        }
        return new Result(due.size(), escalated);
    }

    /** Solved tickets close {@link SupportWindows#autoCloseAfter()} after solving; a batch at a time. */
    @Transactional
    public int closeSolved(int size) {
        Instant now = clock.instant();
        Instant solvedBefore = now.minus(SupportWindows.defaults().autoCloseAfter());
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNamedQuery(Ticket.SOLVED_BEFORE)
                .setParameter(1, InstantConverter.toDatabase(solvedBefore)).setParameter(2, size).getResultList();
        EscalationPolicy policy = ids.isEmpty() ? null : policies.current();
        for (Number id : ids) {
            Ticket ticket = em.find(Ticket.class, id.longValue());
            if (ticket.status() != TicketStatus.SOLVED) {
                continue;
            }
            ticket.moveTo(TicketStatus.CLOSED, now, policy.calendar());
            journal.audited(ticket, TicketEvent.Type.CLOSED, null, "solved 7 days ago");
            journal.publish(TicketJournal.UPDATED, ticket);
        }
        return ids.size();
    }
}
