package dev.peerdesk.support.control;

import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.support.policy.QuestionFacts;
import dev.peerdesk.user.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads what the escalation policy needs to know about questions, a bounded batch at a time in
 * one query (question, asker's plan and roles, whether someone else answered), and keeps each
 * question's {@code escalation_due_at} – the index the sweep reads.
 */
@ApplicationScoped
public class EscalationCandidates {

    /** Facts of one question, with what the ticket needs besides. */
    public record Candidate(long questionId, long askerId, boolean escalated, QuestionFacts facts) {
    }

    @PersistenceContext
    EntityManager em;

    /**
     * Locks and returns up to {@code limit} questions due by {@code now}, most overdue first;
     * rows another sweep holds are skipped, so parallel sweeps share the work instead of waiting.
     */
    public List<Long> lockDue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNamedQuery(Question.ESCALATION_DUE)
                .setParameter(1, InstantConverter.toDatabase(now)).setParameter(2, limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Locks one question (manual escalation) so it cannot race the sweep. */
    public void lock(long questionId) {
        em.createNamedQuery(Question.LOCK).setParameter(1, questionId).getResultList();
    }

    /** {@code ids} is a bounded batch (the sweep's batch size or one). */
    public Map<Long, Candidate> load(List<Long> ids) {
        Map<Long, Candidate> facts = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return facts;
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        // Built at run time (an IN list of the batch's ids): cannot be a named query.
        List<Row> rows = Row.list(em.createNativeQuery("SELECT q.id, q.author_id, q.created_at, u.plan, u.roles, q.tags,"
                + " q.status, q.deleted, q.hidden, q.accepted_answer_id IS NOT NULL,"
                + " EXISTS (SELECT 1 FROM post a WHERE a.question_id = q.id AND a.kind = 'A' AND a.deleted = 0"
                + "         AND a.hidden = 0 AND a.author_id <> q.author_id),"
                + " q.escalated"
                + " FROM post q JOIN app_user u ON u.id = q.author_id"
                + " WHERE q.kind = 'Q' AND q.id IN (" + in + ")"));
        for (Row r : rows) {
            long id = r.longAt(0);
            String roles = r.string(4);
            // the same rule as User.staff(): any role but MEMBER
            boolean staff = Arrays.stream(roles.split(",")).map(String::trim).filter(role -> !role.isEmpty())
                    .map(Role::valueOf).anyMatch(Role::staff);
            String tags = r.string(5);
            String status = r.string(6);
            QuestionFacts f = new QuestionFacts(r.instant(2), r.string(3),
                    tags == null || tags.isBlank() ? List.of() : List.of(tags.split(" ")), staff,
                    "CLOSED".equals(status), "LOCKED".equals(status), r.bool(7), r.bool(8), r.bool(10), r.bool(9));
            facts.put(id, new Candidate(id, r.longAt(1), r.bool(11), f));
        }
        return facts;
    }

    /** When the sweep must look again: null means "not until something changes". */
    public void scheduleAt(long questionId, Instant dueAt) {
        em.createNamedQuery(Question.SCHEDULE_ESCALATION)
                .setParameter(1, dueAt == null ? null : InstantConverter.toDatabase(dueAt))
                .setParameter(2, questionId).executeUpdate();
    }

    /**
     * The exactly-once guard: only the transaction that flips {@code escalated} from false may
     * open the ticket (the unique key on ticket.question_id backs it up).
     */
    public boolean markEscalated(long questionId) {
        return em.createNamedQuery(Question.ESCALATED)
                .setParameter(1, questionId).executeUpdate() == 1;
    }

    /** After a policy change every waiting question is looked at again by the next sweeps. */
    public int rescheduleAll(Instant now) {
        return em.createNamedQuery(Question.RESCHEDULE_ALL)
                .setParameter(1, InstantConverter.toDatabase(now)).executeUpdate();
    }

}
