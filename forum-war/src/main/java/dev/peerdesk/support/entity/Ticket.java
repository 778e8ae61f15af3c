package dev.peerdesk.support.entity;

import dev.peerdesk.support.policy.BusinessCalendar;
import dev.peerdesk.support.policy.EscalationReason;
import dev.peerdesk.support.policy.Priority;
import dev.peerdesk.support.policy.SlaDueTimes;
import dev.peerdesk.support.policy.SlaTarget;
import dev.peerdesk.support.policy.SlaTargets;
import dev.peerdesk.support.policy.TicketStatus;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;

/**
 * The support side of one escalated question (one ticket per question, enforced by a unique key).
 * Its SLA clock runs from escalation in business time and pauses while the ticket is PENDING
 * (waiting on the customer): paused working time is added to the targets. The ticket keeps the
 * targets it was escalated with (or last re-prioritised with), so a later change of the SLA table
 * applies to tickets escalated after it, not to this one.
 */
@Entity
@Table(name = "ticket")
@NamedNativeQuery(name = Ticket.SOLVED_BEFORE,
        query = "SELECT id FROM ticket WHERE status = 'SOLVED' AND solved_at <= ?1"
                + " ORDER BY solved_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
public class Ticket {

    /** Ids of tickets solved by ?1, oldest first, at most ?2, locked (skipping what other nodes hold). */
    public static final String SOLVED_BEFORE = "Ticket.solvedBefore";

    public enum Resolution { COMMUNITY, SUPPORT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id")
    private long questionId;

    @Column(name = "asker_id")
    private long askerId;

    @Enumerated(EnumType.STRING)
    private TicketStatus status = TicketStatus.NEW;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    private EscalationReason reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private User assignee;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "first_response_due_at")
    private Instant firstResponseDueAt;

    @Column(name = "resolution_due_at")
    private Instant resolutionDueAt;

    @Column(name = "sla_due_at")
    private Instant slaDueAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    @Column(name = "paused_seconds")
    private long pausedSeconds;

    @Column(name = "first_response_target_seconds")
    private long firstResponseTargetSeconds;

    @Column(name = "resolution_target_seconds")
    private long resolutionTargetSeconds;

    @Column(name = "solved_at")
    private Instant solvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    private Resolution resolution;

    /** The accepted answer that solved it; null while unsolved or when an agent marked it solved. */
    @Column(name = "solved_by_answer_id")
    private Long solvedByAnswerId;

    /** Counts solves, so a reopened and solved-again ticket can be rated again. */
    @Column(name = "solve_round")
    private int solveRound;

    @Version
    private long version;

    protected Ticket() {
    }

    public Ticket(long questionId, long askerId, EscalationReason reason, Priority priority, Instant now,
                  SlaTargets targets, BusinessCalendar calendar) {
        this.questionId = questionId;
        this.askerId = askerId;
        this.reason = reason;
        this.priority = priority;
        this.escalatedAt = now;
        applyTargets(targets, calendar);
    }

    // --- behaviour -------------------------------------------------------------------------

    /** The router's choice: the ticket stays NEW (the agent has not picked it up yet). */
    public void route(User agent) {
        this.assignee = agent;
    }

    /** An agent assigns it on purpose (reassignment): a NEW ticket becomes OPEN. */
    public void assignTo(User agent) {
        this.assignee = agent;
        if (status == TicketStatus.NEW) {
            status = TicketStatus.OPEN;
        }
    }

    /**
     * Whether an agent may claim it: unassigned or already theirs. A ticket the router gave another
     * agent is theirs even while still NEW; taking it over is a reassignment.
     */
    public boolean claimableBy(User agent) {
        return assignee == null || assignee.id().equals(agent.id());
    }

    /**
     * An agent answered in the thread: the first response is now (if none yet) and the ticket
     * waits on the customer. Returns whether this was the first response.
     */
    public boolean respond(Instant now, BusinessCalendar calendar) {
        boolean first = firstResponseAt == null;
        if (first) {
            firstResponseAt = now;
            slaDueAt = resolutionDueAt;
        }
        if (status.active() && status != TicketStatus.PENDING) {
            moveTo(TicketStatus.PENDING, now, calendar);
        }
        return first;
    }

    /**
     * Moves along NEW → OPEN → PENDING → SOLVED → CLOSED (see {@link TicketStatus#canMoveTo});
     * entering PENDING pauses the SLA clock, leaving it adds the paused working time to the due
     * times (the ticket's own targets; see the class comment).
     *
     * @throws IllegalStateException when the move is not allowed
     */
    public void moveTo(TicketStatus next, Instant now, BusinessCalendar calendar) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("A " + status + " ticket cannot become " + next);
        }
        if (status == TicketStatus.PENDING && pausedAt != null) {
            pausedSeconds += calendar.between(pausedAt, now).toSeconds();
            pausedAt = null;
            recomputeDueTimes(calendar);
        }
        if (next == TicketStatus.PENDING) {
            pausedAt = now;
        }
        if (next == TicketStatus.SOLVED) {
            solvedAt = now;
            solveRound++;
            if (resolution == null) {
                resolution = Resolution.SUPPORT;
            }
        }
        if (status == TicketStatus.SOLVED && next == TicketStatus.OPEN) { // reopened
            solvedAt = null;
            resolution = null;
            solvedByAnswerId = null;
        }
        if (next == TicketStatus.CLOSED) {
            closedAt = now;
        }
        status = next;
    }

    public void solve(Resolution how, Instant now, BusinessCalendar calendar) {
        this.resolution = how;
        moveTo(TicketStatus.SOLVED, now, calendar);
    }

    /** The asker accepted an answer: solved, and that acceptance is what solved it. */
    public void solveByAcceptance(long answerId, Resolution how, Instant now, BusinessCalendar calendar) {
        solve(how, now, calendar);
        this.solvedByAnswerId = answerId;
    }

    /**
     * The asker switched the accepted answer of a ticket an acceptance had solved: the new answer
     * is now what solved it (and says who solved it).
     */
    public void solvingAnswerSwitched(long answerId, Resolution how) {
        if (status == TicketStatus.SOLVED && solvedByAnswerId != null) {
            this.solvedByAnswerId = answerId;
            this.resolution = how;
        }
    }

    /**
     * A closed (or solved, past the reopen window) ticket whose question is unsolved again starts
     * over as a new escalation: the ticket stays one per question, with fresh timers and the SLA
     * {@code targets} in force now.
     *
     * @throws IllegalStateException while the ticket is still active
     */
    public void escalateAgain(EscalationReason reason, Priority priority, Instant now, SlaTargets targets,
                              BusinessCalendar calendar) {
        if (status.active()) {
            throw new IllegalStateException("A " + status + " ticket is still being worked on");
        }
        this.status = TicketStatus.NEW;
        this.reason = reason;
        this.priority = priority;
        this.escalatedAt = now;
        this.firstResponseAt = null;
        this.pausedAt = null;
        this.pausedSeconds = 0;
        this.solvedAt = null;
        this.closedAt = null;
        this.resolution = null;
        this.solvedByAnswerId = null;
        this.assignee = null;
        applyTargets(targets, calendar);
    }

    /** A new priority brings that priority's targets of the SLA table in force now ({@code targets}). */
    public void changePriority(Priority next, SlaTargets targets, BusinessCalendar calendar) {
        this.priority = next;
        applyTargets(targets, calendar);
    }

    private void applyTargets(SlaTargets targets, BusinessCalendar calendar) {
        SlaTarget target = targets.of(priority);
        this.firstResponseTargetSeconds = target.firstResponse().toSeconds();
        this.resolutionTargetSeconds = target.resolution().toSeconds();
        recomputeDueTimes(calendar);
    }

    private void recomputeDueTimes(BusinessCalendar calendar) {
        SlaDueTimes due = slaTarget().dueTimes(escalatedAt, Duration.ofSeconds(pausedSeconds), calendar);
        this.firstResponseDueAt = due.firstResponseDueAt();
        this.resolutionDueAt = due.resolutionDueAt();
        this.slaDueAt = firstResponseAt == null ? firstResponseDueAt : resolutionDueAt;
    }

    /** Whether a deadline was missed: an answer after its due time, or no answer and the due time passed. */
    public boolean firstResponseBreached(Instant now) {
        return firstResponseAt == null ? now.isAfter(firstResponseDueAt) : firstResponseAt.isAfter(firstResponseDueAt);
    }

    public boolean resolutionBreached(Instant now) {
        Instant end = solvedAt != null ? solvedAt : status == TicketStatus.PENDING ? pausedAt : now;
        return end != null && end.isAfter(resolutionDueAt);
    }

    public boolean solvedOrClosed() {
        return status == TicketStatus.SOLVED || status == TicketStatus.CLOSED;
    }

    public boolean askedBy(User user) {
        return user != null && user.id() == askerId;
    }

    /**
     * Who may see the ticket itself – its page, timeline and private messages (API.md: "AGENT,
     * asker"): the asker and support agents. Visitors (null) never.
     */
    public boolean visibleTo(User viewer) {
        return viewer != null && (askedBy(viewer) || viewer.has(Role.AGENT));
    }

    /**
     * Who may know that the question has a ticket and how it stands – the question's {@code ticket}
     * (API.md: "visible to the asker and staff") and the banner on its page: besides those who see
     * the ticket, the other staff (moderators, admins), who may escalate questions themselves but
     * do not read the asker's private messages.
     */
    public boolean statusVisibleTo(User viewer) {
        return visibleTo(viewer) || viewer != null && viewer.staff();
    }

    // --- reads ------------------------------------------------------------------------------

    public Long id() {
        return id;
    }

    public long questionId() {
        return questionId;
    }

    public long askerId() {
        return askerId;
    }

    public TicketStatus status() {
        return status;
    }

    public Priority priority() {
        return priority;
    }

    public EscalationReason reason() {
        return reason;
    }

    public User assignee() {
        return assignee;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    /** The SLA targets this ticket was given (from escalation or its last priority change). */
    public SlaTarget slaTarget() {
        return new SlaTarget(Duration.ofSeconds(firstResponseTargetSeconds), Duration.ofSeconds(resolutionTargetSeconds));
    }

    public Instant firstResponseDueAt() {
        return firstResponseDueAt;
    }

    public Instant resolutionDueAt() {
        return resolutionDueAt;
    }

    public Instant slaDueAt() {
        return slaDueAt;
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    public Instant pausedAt() {
        return pausedAt;
    }

    public Instant solvedAt() {
        return solvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Resolution resolution() {
        return resolution;
    }

    public Long solvedByAnswerId() {
        return solvedByAnswerId;
    }

    public int solveRound() {
        return solveRound;
    }
}
