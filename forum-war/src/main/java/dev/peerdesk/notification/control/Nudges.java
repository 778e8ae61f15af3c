package dev.peerdesk.notification.control;

import dev.peerdesk.notification.entity.QuestionNudge;
import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import dev.peerdesk.support.control.EscalationCandidates;
import dev.peerdesk.support.control.EscalationPolicyStore;
import dev.peerdesk.support.policy.EscalationDecision;
import dev.peerdesk.support.policy.EscalationPolicy;
import dev.peerdesk.support.policy.EscalationReason;
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
 * NUDGE: the asker of a question that has answers but none accepted is asked, the escalation policy's
 * {@code nudgeBefore} before its UNRESOLVED escalation is due, whether one solved it. Once per
 * question: the {@code question_nudge} row's primary key decides, in the transaction that notifies, so
 * any number of nodes sweeping nudge once. An asker who accepts an answer after the nudge and before
 * any escalation is counted as deflected ({@code accepted_at}).
 *
 * <p>The sweep reads the index range of {@code post.escalation_due_at} up to now + the lead time: the
 * questions whose escalation may come within the lead time (support keeps that column), and decides
 * on fresh facts with the stored policy.
 */
@ApplicationScoped
public class Nudges {

    static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EscalationPolicyStore policies;

    @Inject
    EscalationCandidates candidates;

    @Inject
    Notifications notifications;

    @Inject
    MailOutbox mail;

    public record Summary(long nudged, long deflected) {
    }

    /** Nudges the askers due now, one bounded batch; returns how many were nudged. */
    @Transactional
    public int sweep() {
        Instant now = clock.instant();
        EscalationPolicy policy = policies.current();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNamedQuery(QuestionNudge.CANDIDATES)
                .setParameter(1, InstantConverter.toDatabase(now.plus(policy.nudgeBefore())))
                .setParameter(2, BATCH).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        Map<Long, EscalationCandidates.Candidate> facts = candidates.load(ids.stream().map(Number::longValue).toList());
        int nudged = 0;
        for (EscalationCandidates.Candidate candidate : facts.values()) {
            if (candidate.escalated()
                    || !(policy.decide(candidate.facts()) instanceof EscalationDecision.DueAt due)
                    || due.reason() != EscalationReason.UNRESOLVED
                    || !due.at().isAfter(now) // due already: the escalation comes, not a nudge
                    || due.at().minus(policy.nudgeBefore()).isAfter(now)) {
                continue;
            }
            int inserted = em.createNamedQuery(QuestionNudge.NUDGE)
                    .setParameter(1, candidate.questionId()).setParameter(2, candidate.askerId())
                    .setParameter(3, InstantConverter.toDatabase(due.at()))
                    .setParameter(4, InstantConverter.toDatabase(now)).executeUpdate();
            if (inserted == 1) {
                notifications.notifyUser(Notice.single(NotificationType.NUDGE, candidate.questionId(), null, null,
                        null), 0, candidate.askerId());
                mail.enqueue(candidate.askerId(), NotificationType.NUDGE, candidate.questionId(), null, null);
                nudged++;
            }
        }
        return nudged;
    }

    /** The asker accepted an answer: deflected, when they were nudged and the question is not escalated. */
    public void accepted(long questionId) {
        em.createNamedQuery(QuestionNudge.ACCEPTED)
                .setParameter(1, InstantConverter.toDatabase(clock.instant())).setParameter(2, questionId)
                .executeUpdate();
    }

    public Summary summary() {
        Row r = Row.single(em.createNamedQuery(QuestionNudge.SUMMARY));
        return new Summary(r.longAt(0), r.longAt(1));
    }
}
