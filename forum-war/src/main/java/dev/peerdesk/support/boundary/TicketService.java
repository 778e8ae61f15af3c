package dev.peerdesk.support.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.errors.Checks;
import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.question.boundary.QuestionSummary;
import dev.peerdesk.platform.faces.Times;
import dev.peerdesk.question.control.QuestionDto;
import dev.peerdesk.question.control.QuestionQueries;
import dev.peerdesk.question.control.Threads;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.support.control.AgentDirectory;
import dev.peerdesk.support.control.AgentRouter;
import dev.peerdesk.support.control.EscalationCandidates;
import dev.peerdesk.support.control.EscalationPolicyStore;
import dev.peerdesk.support.control.SlaCountdown;
import dev.peerdesk.support.control.Escalations;
import dev.peerdesk.support.control.TicketJournal;
import dev.peerdesk.support.control.TicketQueries;
import dev.peerdesk.support.entity.CsatRating;
import dev.peerdesk.support.entity.Ticket;
import dev.peerdesk.support.entity.TicketEvent;
import dev.peerdesk.support.entity.TicketMessage;
import dev.peerdesk.support.policy.EscalationPolicy;
import dev.peerdesk.support.policy.EscalationReason;
import dev.peerdesk.support.policy.Priority;
import dev.peerdesk.support.policy.StillNeedHelp;
import dev.peerdesk.support.policy.SupportWindows;
import dev.peerdesk.support.policy.TicketStatus;
import dev.peerdesk.user.boundary.UserDto;
import dev.peerdesk.user.entity.Plan;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import dev.peerdesk.support.control.CustomerMails;
import dev.peerdesk.support.control.TicketDto;

/**
 * Every write and read of a ticket, one transaction each: escalating by hand, the agents' queue,
 * status and priority, claim and reassignment, private messages and internal notes, reopening and
 * CSAT. Changes to the thread (official answers, the asker's replies, accepting) reach tickets
 * through {@link SupportLoop}.
 */
@ApplicationScoped
public class TicketService {

    static final int MAX_MESSAGE = 5_000;
    static final SupportWindows WINDOWS = SupportWindows.defaults();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The customer's recent e-mails, when the e-mail channel (which depends on support) is deployed. */
    @Inject
    jakarta.enterprise.inject.Instance<CustomerMails> customerMails;

    @Inject
    EscalationCandidates candidates;

    @Inject
    EscalationPolicyStore policies;

    @Inject
    Escalations escalations;

    @Inject
    AgentRouter router;

    @Inject
    TicketJournal journal;

    @Inject
    TicketQueries queries;

    @Inject
    QuestionQueries questions;

    /** Support may act on the thread (support depends on question, never the other way round). */
    @Inject
    dev.peerdesk.question.boundary.QuestionService threads;

    @Inject
    Threads questionThreads;

    @Inject
    AgentDirectory agentDirectory;

    @Inject
    Times times;

    public record Escalated(TicketDto ticket, boolean created) {
    }

    /** {@code PATCH /support/tickets/{id}}: what changes; JSON-B reads the names at the edge. */
    public record Patch(TicketStatus status, Priority priority) {
    }

    public record CustomerView(UserDto user, Plan plan, List<QuestionSummary> questions, List<TicketDto> tickets,
                               List<TicketQueries.CsatEntry> csat, List<CustomerMails.Mail> mails) {
    }

    public static boolean isAgent(User user) {
        return user != null && user.has(Role.AGENT);
    }

    private static void requireAgent(User user) {
        if (!isAgent(user)) {
            throw Refusal.notAllowed("Only a support AGENT can do this");
        }
    }

    // --- escalation by hand ----------------------------------------------------------------------

    /**
     * {@code POST /questions/{id}/escalation}: the asker's "still need help" (once the question is
     * an hour old) or a moderator's or agent's escalation. On an escalated question it returns the
     * existing ticket; the asker's request then also moves a PENDING ticket back to OPEN and
     * reopens a recently solved one.
     */
    @Transactional
    public Escalated escalate(User actor, long questionId, String note) {
        boolean staff = actor.moderator() || isAgent(actor);
        candidates.lock(questionId);
        EscalationCandidates.Candidate question = candidates.load(List.of(questionId)).get(questionId);
        if (question == null || question.facts().deleted()
                || question.facts().hidden() && !staff && question.askerId() != actor.id()) {
            throw Refusal.notFound("Question " + questionId);
        }
        boolean asker = question.askerId() == actor.id();
        if (!asker && !staff) {
            throw Refusal.notAllowed("Only the asker, a moderator or an agent can escalate this question");
        }
        if (note != null && note.strip().length() > MAX_MESSAGE) {
            throw Refusal.invalid("note", "must be at most " + MAX_MESSAGE + " characters");
        }
        Instant now = clock.instant();
        EscalationPolicy policy = policies.current();
        if (question.escalated()) {
            Ticket ticket = queries.ofQuestion(questionId).orElseThrow();
            em.lock(ticket, LockModeType.PESSIMISTIC_WRITE);
            if (asker && !staff) {
                switch (stillNeedHelp(question, ticket, now, policy)) {
                    case ESCALATE_AGAIN -> escalateAgain(ticket, question, true, actor, now, policy);
                    case BACK_TO_SUPPORT, REOPEN -> stillNeedHelp(ticket, actor, now, policy);
                    default -> { } // support is on it already
                }
            } else if (pastReopening(ticket, now) && !question.facts().accepted()) {
                policy.exclusion(question.facts()).ifPresent(why -> {
                    throw Refusal.conflict("This question cannot be escalated: " + why);
                });
                escalateAgain(ticket, question, false, actor, now, policy);
            } else if (asker) {
                stillNeedHelp(ticket, actor, now, policy);
            }
            addNote(ticket, actor, asker, note, now);
            return new Escalated(dto(ticket), false);
        }
        if (asker && !staff) {
            stillNeedHelp(question, null, now, policy); // refuses an excluded question, and before the hour is up
        } else {
            Optional<String> exclusion = policy.exclusion(question.facts());
            if (exclusion.isPresent()) {
                throw Refusal.conflict("This question cannot be escalated: " + exclusion.get());
            }
        }
        EscalationReason reason = asker && !staff ? EscalationReason.REQUESTED : EscalationReason.STAFF;
        Priority priority = policy.priorityFor(question.facts().askerPlan(), question.facts().tags());
        Ticket ticket = escalations.open(question, reason, priority, actor, now, policy, router.roster());
        if (ticket == null) { // cannot happen under the row lock, but never open a second ticket
            throw Refusal.conflict("This question was escalated meanwhile");
        }
        addNote(ticket, actor, asker && !staff, note, now);
        return new Escalated(dto(ticket), true);
    }

    /** Closed, or solved longer ago than the reopen window: reopening is no longer possible. */
    private static boolean pastReopening(Ticket ticket, Instant now) {
        return StillNeedHelp.pastReopening(ticket.status(), ticket.solvedAt(), now, WINDOWS);
    }

    /**
     * What the asker's "still need help" does to the question and its ticket (null: not escalated),
     * by the one rule the question page offers the button by; 409 with the reason when refused.
     */
    private static StillNeedHelp.Step stillNeedHelp(EscalationCandidates.Candidate question, Ticket ticket,
                                                    Instant now, EscalationPolicy policy) {
        StillNeedHelp.Outcome outcome = StillNeedHelp.of(question.facts(), ticket == null ? null : ticket.status(),
                ticket == null ? null : ticket.solvedAt(), now, WINDOWS, policy);
        if (outcome.step() == null) {
            throw Refusal.conflict(outcome.refusal());
        }
        return outcome.step();
    }

    /**
     * The question is unsolved again (e.g. its accepted answer was taken back) after its ticket
     * can no longer be reopened: a new escalation, on the same ticket (one per question) with
     * fresh timers, reason and routing.
     */
    private void escalateAgain(Ticket ticket, EscalationCandidates.Candidate question, boolean requested, User actor,
                               Instant now, EscalationPolicy policy) {
        EscalationReason reason = requested ? EscalationReason.REQUESTED : EscalationReason.STAFF;
        Priority priority = policy.priorityFor(question.facts().askerPlan(), question.facts().tags());
        TicketStatus before = ticket.status();
        ticket.escalateAgain(reason, priority, now, policy.sla(), policy.calendar());
        journal.audited(ticket, TicketEvent.Type.ESCALATED_AGAIN, actor,
                reason.words() + ", " + priority.words().toLowerCase() + " priority (was " + before.words().toLowerCase()
                        + ")");
        router.roster().pick(question.facts().tags()).ifPresent(agentId -> {
            User agent = em.find(User.class, agentId);
            ticket.route(agent);
            journal.event(ticket, TicketEvent.Type.ASSIGNED, null, "routed to " + agent.displayName());
        });
        journal.publish(TicketJournal.UPDATED, ticket);
    }

    private void stillNeedHelp(Ticket ticket, User asker, Instant now, EscalationPolicy policy) {
        if (ticket.status() == TicketStatus.PENDING) {
            ticket.moveTo(TicketStatus.OPEN, now, policy.calendar());
            journal.event(ticket, TicketEvent.Type.CUSTOMER_REPLIED, asker, "still needs help");
            journal.publish(TicketJournal.UPDATED, ticket);
        } else if (ticket.status() == TicketStatus.SOLVED) {
            reopen(ticket, asker, now, policy);
        } else if (ticket.status() == TicketStatus.CLOSED) {
            throw Refusal.conflict("This ticket is closed; ask a new question to get help again");
        }
    }

    private void addNote(Ticket ticket, User actor, boolean fromAsker, String note, Instant now) {
        if (note == null || note.isBlank()) {
            return;
        }
        // the asker's note is a private message to support; staff's note is context for the agents only
        em.persist(new TicketMessage(ticket.id(), em.getReference(User.class, actor.id()), !fromAsker, note.strip(), now));
    }

    // --- reads ------------------------------------------------------------------------------------

    @Transactional
    public Cursor.Page<TicketDto> queue(User agent, TicketStatus statusFilter, Priority priorityFilter, String assignee,
                                        Integer limit, String cursor) {
        requireAgent(agent);
        Checks checks = new Checks();
        Long assigneeFilter = null;
        if (assignee != null && !assignee.isBlank()) {
            if (assignee.equals("me")) {
                assigneeFilter = agent.id();
            } else if (assignee.equals("unassigned")) {
                assigneeFilter = 0L;
            } else {
                try {
                    assigneeFilter = Long.parseLong(assignee);
                } catch (NumberFormatException e) {
                    checks.fail("assignee", "must be me, unassigned or a user id");
                }
            }
        }
        checks.orThrow();
        Cursor.Page<Ticket> page = queries.queue(new TicketQueries.QueueFilter(statusFilter, priorityFilter,
                assigneeFilter), Cursor.limit(limit), cursor);
        Map<Long, CsatRating> csat = queries.currentCsat(page.items());
        return new Cursor.Page<>(page.items().stream().map(t -> TicketDto.of(t, csat.get(t.id()))).toList(),
                page.nextCursor());
    }

    /** The asker sees the ticket and its timeline; agents also see the internal notes. */
    @Transactional
    public TicketDto ticket(User viewer, long ticketId) {
        return withTimeline(visibleTicket(viewer, ticketId), viewer);
    }

    private TicketDto withTimeline(Ticket ticket, User viewer) {
        boolean agent = isAgent(viewer);
        List<TicketDto.EventDto> events = queries.events(ticket.id()).stream()
                .filter(e -> agent || e.type() != TicketEvent.Type.NOTE) // notes are agents' business, even that they exist
                .map(TicketDto.EventDto::of).toList();
        List<TicketDto.MessageDto> notes = agent
                ? queries.messages(ticket.id(), true).stream().map(TicketDto.MessageDto::of).toList() : null;
        return TicketDto.of(ticket, journal.currentCsat(ticket), events, notes);
    }

    /**
     * {@code support/ticket.xhtml}: the ticket with its timeline, the private messages and the public
     * thread; for agents also the customer view and the agents to reassign to. 404 when there is no
     * such ticket, 403 when it is not the viewer's ({@link Ticket#visibleTo}).
     */
    @Transactional
    public TicketPage page(User viewer, long ticketId) {
        Ticket ticket = visibleTicket(viewer, ticketId);
        boolean agent = isAgent(viewer);
        QuestionDto thread = questions.question(ticket.questionId()).filter(q -> q.visibleTo(viewer))
                .map(q -> questionThreads.thread(q, viewer)).orElse(null);
        Set<TicketStatus> movableTo = EnumSet.noneOf(TicketStatus.class);
        for (TicketStatus status : TicketStatus.values()) {
            if (ticket.status().canMoveTo(status)) {
                movableTo.add(status);
            }
        }
        return new TicketPage(withTimeline(ticket, viewer),
                queries.messages(ticketId, false).stream().map(TicketDto.MessageDto::of).toList(), thread,
                agent && thread != null ? customer(viewer, thread.author().id()) : null,
                agent ? agentDirectory.agents() : List.of(), agent,
                ticket.assignee() != null && ticket.assignee().id().equals(viewer.id()),
                ticket.status() == TicketStatus.CLOSED, movableTo,
                SlaCountdown.of(ticket.status(), ticket.firstResponseDueAt(), ticket.firstResponseAt(),
                        ticket.resolutionDueAt(), ticket.solvedAt(), clock.instant()));
    }

    /**
     * What the page of {@code question} shows {@code viewer} of support: the banner of its ticket
     * (to whom {@link Ticket#statusVisibleTo} allows) and the link to the ticket page (to whom
     * {@link Ticket#visibleTo} allows); for the asker also "still need help" (by the rule
     * {@link #escalate} follows) and the CSAT prompt.
     */
    @Transactional
    public QuestionSupport onQuestionPage(User viewer, Question question) {
        if (viewer == null) {
            return QuestionSupport.NONE;
        }
        Ticket ticket = question.escalated() ? queries.ofQuestion(question.id()).orElse(null) : null;
        boolean asker = question.writtenBy(viewer);
        boolean mayAskForHelp = false;
        if (asker && !viewer.staff()) { // staff's questions are never escalated
            Instant now = clock.instant();
            EscalationCandidates.Candidate facts = candidates.load(List.of(question.id())).get(question.id());
            mayAskForHelp = facts != null && StillNeedHelp.of(facts.facts(), ticket == null ? null : ticket.status(),
                    ticket == null ? null : ticket.solvedAt(), now, WINDOWS, policies.current()).mayAskForHelp();
        }
        if (ticket == null || !ticket.statusVisibleTo(viewer)) {
            return new QuestionSupport(null, mayAskForHelp, false, null);
        }
        CsatRating csat = asker ? journal.currentCsat(ticket) : null;
        QuestionSupport.Banner banner = new QuestionSupport.Banner(ticket.id(), ticket.status(),
                bannerText(ticket, asker), ticket.visibleTo(viewer));
        return new QuestionSupport(banner, mayAskForHelp, asker && csat == null && ticket.solvedOrClosed(),
                csat == null ? null : csat.rating());
    }

    /** The banner's words: where the ticket stands, and what is due next. */
    private String bannerText(Ticket ticket, boolean asker) {
        return switch (ticket.status()) {
            case NEW, OPEN -> ticket.firstResponseAt() == null
                    ? "Escalated to support — first response due by " + times.full(ticket.firstResponseDueAt())
                    : "Support is working on it — resolution due by " + times.full(ticket.resolutionDueAt());
            case PENDING -> asker ? "Support answered — waiting on you" : "Support answered — waiting on the asker";
            case SOLVED -> ticket.resolution() == Ticket.Resolution.SUPPORT ? "Solved by support"
                    : ticket.resolution() == Ticket.Resolution.COMMUNITY ? "Solved by the community" : "Solved";
            case CLOSED -> "Closed — ask a new question if you need more help";
        };
    }

    @Transactional
    public List<TicketDto.MessageDto> messages(User viewer, long ticketId) {
        visibleTicket(viewer, ticketId);
        return queries.messages(ticketId, false).stream().map(TicketDto.MessageDto::of).toList();
    }

    @Transactional
    public List<TicketDto.MessageDto> notes(User agent, long ticketId) {
        requireAgent(agent);
        visibleTicket(agent, ticketId);
        return queries.messages(ticketId, true).stream().map(TicketDto.MessageDto::of).toList();
    }

    @Transactional
    public CustomerView customer(User agent, long userId) {
        requireAgent(agent);
        User customer = em.find(User.class, userId);
        if (customer == null) {
            throw Refusal.notFound("User " + userId);
        }
        List<Ticket> tickets = queries.ofAsker(userId, 20);
        Map<Long, CsatRating> csat = queries.currentCsat(tickets);
        return new CustomerView(UserDto.of(customer, List.of(), true), customer.plan(),
                questions.byAuthor(userId, 20).stream().map(QuestionSummary::of).toList(),
                tickets.stream().map(t -> TicketDto.of(t, csat.get(t.id()))).toList(),
                queries.csatOf(userId, 20), customerMails.stream().findFirst()
                        .map(m -> m.recentFrom(userId, 20)).orElse(List.of()));
    }

    // --- agents' actions --------------------------------------------------------------------------

    @Transactional
    public TicketDto patch(User agent, long ticketId, Patch patch) {
        requireAgent(agent);
        if (patch == null || patch.status() == null && patch.priority() == null) {
            throw Refusal.malformed("Send {status?: OPEN|PENDING|SOLVED, priority?} as JSON");
        }
        TicketStatus status = patch.status();
        if (status != null && status != TicketStatus.OPEN && status != TicketStatus.PENDING && status != TicketStatus.SOLVED) {
            throw Refusal.invalid("status", "must be OPEN, PENDING or SOLVED");
        }
        Priority priority = patch.priority();
        Ticket ticket = lockedTicket(ticketId);
        EscalationPolicy policy = policies.current();
        Instant now = clock.instant();
        boolean solved = false;
        if (priority != null && priority != ticket.priority()) {
            Priority before = ticket.priority();
            ticket.changePriority(priority, policy.sla(), policy.calendar());
            journal.audited(ticket, TicketEvent.Type.PRIORITY_CHANGED, agent, before.words() + " → " + priority.words());
        }
        if (status != null && status != ticket.status()) {
            TicketStatus before = ticket.status();
            try {
                if (status == TicketStatus.SOLVED) {
                    ticket.solve(Ticket.Resolution.SUPPORT, now, policy.calendar());
                    solved = true;
                } else {
                    Long solvingAnswer = ticket.solvedByAnswerId();
                    ticket.moveTo(status, now, policy.calendar());
                    if (before == TicketStatus.SOLVED) {
                        withdrawSolvingAcceptance(ticket, solvingAnswer, agent);
                    }
                }
            } catch (IllegalStateException e) {
                throw Refusal.conflict(e.getMessage());
            }
            journal.audited(ticket, solved ? TicketEvent.Type.SOLVED : TicketEvent.Type.STATUS_CHANGED, agent,
                    before.words() + " → " + status.words());
        }
        journal.publish(solved ? TicketJournal.SOLVED : TicketJournal.UPDATED, ticket);
        return dto(ticket);
    }

    /**
     * Picks a ticket up: an unassigned one, or one routed to this agent; 409 when it is assigned to
     * another agent, even while still NEW after routing (taking a ticket over is a reassignment,
     * which is audited; two agents claiming at once: the row lock lets one win).
     */
    @Transactional
    public TicketDto claim(User agent, long ticketId) {
        requireAgent(agent);
        Ticket ticket = lockedTicket(ticketId);
        if (!ticket.claimableBy(agent)) {
            throw Refusal.conflict("This ticket is already taken by " + ticket.assignee().displayName()
                    + "; ask them, or reassign it");
        }
        boolean mine = ticket.assignee() != null && ticket.assignee().id().equals(agent.id());
        if (!mine || ticket.status() == TicketStatus.NEW) {
            ticket.assignTo(em.find(User.class, agent.id()));
            journal.audited(ticket, TicketEvent.Type.CLAIMED, agent, "by " + agent.displayName());
            journal.publish(TicketJournal.UPDATED, ticket);
        }
        return dto(ticket);
    }

    @Transactional
    public TicketDto reassign(User agent, long ticketId, Long agentId) {
        requireAgent(agent);
        if (agentId == null) {
            throw Refusal.invalid("agentId", "is required");
        }
        User assignee = em.find(User.class, agentId);
        if (assignee == null || !isAgent(assignee)) {
            throw Refusal.invalid("agentId", "is not a support agent");
        }
        Ticket ticket = lockedTicket(ticketId);
        if (ticket.assignee() == null || !ticket.assignee().id().equals(agentId) || ticket.status() == TicketStatus.NEW) {
            ticket.assignTo(assignee);
            journal.audited(ticket, TicketEvent.Type.ASSIGNED, agent, "to " + assignee.displayName());
            journal.publish(TicketJournal.UPDATED, ticket);
        }
        return dto(ticket);
    }

    @Transactional
    public TicketDto.MessageDto note(User agent, long ticketId, String body) {
        return note(agent, ticketId, body, false);
    }

    /** The ticket of a question, for a reply by e-mail (its address names the question). */
    public long ticketIdOf(long questionId) {
        return queries.ofQuestion(questionId).map(Ticket::id)
                .orElseThrow(() -> Refusal.notFound("This question has no support ticket"));
    }

    @Transactional
    public TicketDto.MessageDto note(User agent, long ticketId, String body, boolean byEmail) {
        requireAgent(agent);
        Ticket ticket = lockedTicket(ticketId);
        TicketMessage note = new TicketMessage(ticket.id(), em.find(User.class, agent.id()), true, text(body),
                clock.instant(), byEmail);
        em.persist(note);
        journal.event(ticket, TicketEvent.Type.NOTE, agent, null);
        em.flush();
        return TicketDto.MessageDto.of(note);
    }

    /** A private message: the asker's reply moves a PENDING ticket back to OPEN. */
    @Transactional
    public TicketDto.MessageDto message(User author, long ticketId, String body) {
        return message(author, ticketId, body, false);
    }

    /** {@code byEmail}: the reply came by e-mail (the timeline says so; the rules are the same). */
    @Transactional
    public TicketDto.MessageDto message(User author, long ticketId, String body, boolean byEmail) {
        String text = text(body);
        Ticket ticket = visibleTicket(author, ticketId);
        em.lock(ticket, LockModeType.PESSIMISTIC_WRITE);
        if (ticket.status() == TicketStatus.CLOSED) {
            throw Refusal.conflict("This ticket is closed; ask a new question to get help again");
        }
        Instant now = clock.instant();
        TicketMessage message = new TicketMessage(ticket.id(), em.find(User.class, author.id()), false, text, now,
                byEmail);
        em.persist(message);
        journal.event(ticket, TicketEvent.Type.MESSAGE, author, null);
        if (ticket.askedBy(author) && ticket.status() == TicketStatus.PENDING) {
            ticket.moveTo(TicketStatus.OPEN, now, policies.current().calendar());
            journal.event(ticket, TicketEvent.Type.CUSTOMER_REPLIED, author,
                    byEmail ? "private message by e-mail" : "private message");
            journal.publish(TicketJournal.UPDATED, ticket);
        }
        em.flush();
        return TicketDto.MessageDto.of(message);
    }

    // --- the asker's actions ----------------------------------------------------------------------

    @Transactional
    public TicketDto reopen(User asker, long ticketId) {
        Ticket ticket = visibleTicket(asker, ticketId);
        if (!ticket.askedBy(asker)) {
            throw Refusal.notAllowed("Only the asker can reopen this ticket");
        }
        em.lock(ticket, LockModeType.PESSIMISTIC_WRITE);
        if (ticket.status() != TicketStatus.SOLVED) {
            throw Refusal.conflict("Only a solved ticket can be reopened; this one is " + ticket.status());
        }
        reopen(ticket, asker, clock.instant(), policies.current());
        return dto(ticket);
    }

    private void reopen(Ticket ticket, User asker, Instant now, EscalationPolicy policy) {
        if (!WINDOWS.mayReopen(ticket.solvedAt(), now)) {
            throw Refusal.conflict("This ticket was solved more than 7 days ago; ask a new question instead");
        }
        Long solvingAnswer = ticket.solvedByAnswerId();
        ticket.moveTo(TicketStatus.OPEN, now, policy.calendar());
        journal.event(ticket, TicketEvent.Type.REOPENED, asker, null);
        withdrawSolvingAcceptance(ticket, solvingAnswer, asker);
        journal.publish(TicketJournal.UPDATED, ticket);
    }

    /**
     * A ticket an acceptance had solved is open again: the acceptance is withdrawn, so the thread
     * does not show "solved" while support works on it.
     */
    private void withdrawSolvingAcceptance(Ticket ticket, Long answerId, User actor) {
        if (answerId == null) {
            return;
        }
        threads.withdrawAcceptance(ticket.questionId(), answerId);
        journal.event(ticket, TicketEvent.Type.ACCEPTANCE_WITHDRAWN, actor,
                "the solving answer is no longer accepted; the ticket was reopened");
    }

    public record CsatRequest(Integer rating, String comment) {
    }

    @Transactional
    public TicketDto.Csat rate(User asker, long ticketId, CsatRequest request) {
        if (request == null) {
            throw Refusal.malformed("Send {rating: 1..5, comment?} as JSON");
        }
        Checks checks = new Checks();
        checks.that(request.rating() != null && request.rating() >= 1 && request.rating() <= 5, "rating",
                "must be a whole number from 1 to 5");
        if (request.comment() != null) {
            checks.length("comment", request.comment().strip(), 0, 1000);
        }
        checks.orThrow();
        Ticket ticket = visibleTicket(asker, ticketId);
        if (!ticket.askedBy(asker)) {
            throw Refusal.notAllowed("Only the asker can rate the support they got");
        }
        em.lock(ticket, LockModeType.PESSIMISTIC_WRITE);
        if (ticket.status() != TicketStatus.SOLVED && ticket.status() != TicketStatus.CLOSED) {
            throw Refusal.conflict("You can rate a ticket once it is solved");
        }
        if (journal.currentCsat(ticket) != null) {
            throw Refusal.conflict("You already rated this solve");
        }
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        em.persist(new CsatRating(ticket, request.rating(), comment, clock.instant()));
        journal.event(ticket, TicketEvent.Type.CSAT, asker, request.rating() + "/5");
        journal.publish(TicketJournal.UPDATED, ticket);
        return new TicketDto.Csat(request.rating(), comment);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private Ticket visibleTicket(User viewer, long ticketId) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null) {
            throw Refusal.notFound("Ticket " + ticketId);
        }
        if (!ticket.visibleTo(viewer)) {
            throw Refusal.notAllowed("Only the asker and support agents can see this ticket");
        }
        return ticket;
    }

    private Ticket lockedTicket(long ticketId) {
        Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null) {
            throw Refusal.notFound("Ticket " + ticketId);
        }
        return ticket;
    }

    private static String text(String body) {
        String text = body == null ? "" : body.strip();
        new Checks().length("body", text, 1, MAX_MESSAGE).orThrow();
        return text;
    }

    private TicketDto dto(Ticket ticket) {
        return TicketDto.of(ticket, journal.currentCsat(ticket));
    }
}
