package dev.peerdesk.support.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.faces.Links;
import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.question.control.QuestionDto;
import dev.peerdesk.support.control.AgentDirectory;
import dev.peerdesk.support.control.SlaCountdown;
import dev.peerdesk.support.policy.Priority;
import dev.peerdesk.support.policy.TicketStatus;
import dev.peerdesk.user.entity.User;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import dev.peerdesk.support.control.TicketDto;

/**
 * {@code support/ticket.xhtml?id=}: one ticket — its header and SLA, the public thread (read-only),
 * the timeline, private messages between the asker and agents, and for agents the internal notes,
 * the customer's history and the agents' actions. The asker sees the ticket without notes, customer
 * view or actions; anyone else is told it is not theirs (403 from the service).
 */
@Named
@ViewScoped
public class TicketView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TicketService tickets;

    @Inject
    Caller caller;

    private String id;
    private long ticketId;
    private boolean forbidden;
    private String forbiddenReason;

    /** Re-read after every action, and after the view was passivated (records are not serializable). */
    private transient TicketPage page;

    private String messageBody;
    private String noteBody;
    private Long reassignTo;
    private Priority priority;

    /** Initial request only: sign in first; 404 for no such ticket; 403 when it is not the viewer's. */
    public void load() {
        User viewer = viewer();
        if (viewer == null) {
            Pages.redirect(Pages.loginFor("/support/ticket.xhtml?id=" + Pages.encode(id)));
            return;
        }
        try {
            ticketId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            Pages.notFound();
            return;
        }
        try {
            read(viewer);
        } catch (RuntimeException e) {
            Refusal refusal = Refusal.behind(e).orElse(null);
            ticketId = 0;
            if (refusal instanceof Refusal.NotFound) {
                Pages.notFound();
            } else if (refusal instanceof Refusal.NotAllowed) {
                forbidden = true;
                forbiddenReason = refusal.getMessage();
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
            } else {
                Pages.show(e, Map.of());
            }
        }
    }

    private void read(User viewer) {
        page = tickets.page(viewer, ticketId);
        priority = page.ticket().priority();
        reassignTo = page.ticket().assignee() == null ? null : page.ticket().assignee().id();
    }

    /** The data of the page, read again when the view was restored without it. */
    private void ensureRead() {
        if (page == null && ticketId != 0 && !forbidden) {
            User viewer = viewer();
            if (viewer == null) {
                return;
            }
            try {
                read(viewer);
            } catch (RuntimeException e) {
                Pages.show(e, Map.of());
            }
        }
    }

    // --- actions ---------------------------------------------------------------------------------

    public void claim() {
        act(() -> tickets.claim(viewer(), ticketId), t -> "You own this ticket now.", Map.of());
    }

    public void reassign() {
        act(() -> tickets.reassign(viewer(), ticketId, reassignTo),
                t -> "Reassigned to " + (t.assignee() == null ? "nobody" : t.assignee().displayName()) + ".",
                Map.of("agentId", "reassignTo"));
    }

    /** OPEN, PENDING or SOLVED. */
    public void markStatus(TicketStatus status) {
        act(() -> tickets.patch(viewer(), ticketId, new TicketService.Patch(status, null)),
                t -> "The ticket is now " + t.status().name().toLowerCase() + ".", Map.of());
    }

    public void changePriority() {
        act(() -> tickets.patch(viewer(), ticketId, new TicketService.Patch(null, priority)),
                t -> "Priority is now " + t.priority().name().toLowerCase() + "; the SLA due times follow it.",
                Map.of("priority", "priority"));
    }

    public void sendMessage() {
        act(() -> tickets.message(viewer(), ticketId, messageBody), m -> {
            messageBody = null;
            return "Message sent. Only the asker and the support team can read it.";
        }, Map.of("body", "messageBody"));
    }

    public void addNote() {
        act(() -> tickets.note(viewer(), ticketId, noteBody), n -> {
            noteBody = null;
            return "Internal note added. Only the support team can read it.";
        }, Map.of("body", "noteBody"));
    }

    private <T> void act(Supplier<T> action, java.util.function.Function<T, String> done, Map<String, String> fields) {
        User viewer = viewer();
        if (viewer == null) {
            Pages.redirect(Pages.loginFor("/support/ticket.xhtml?id=" + ticketId));
            return;
        }
        if (ticketId == 0) {
            return;
        }
        try {
            T result = action.get();
            Pages.info(done.apply(result));
        } catch (RuntimeException e) {
            Pages.show(e, fields);
        }
        try {
            read(viewer);
        } catch (RuntimeException e) {
            Pages.show(e, Map.of());
        }
    }

    // --- what the page shows ---------------------------------------------------------------------

    public TicketDto getTicket() {
        ensureRead();
        return page == null ? null : page.ticket();
    }

    public List<TicketDto.MessageDto> getMessages() {
        ensureRead();
        return page == null ? List.of() : page.messages();
    }

    public List<TicketDto.MessageDto> getNotes() {
        TicketDto t = getTicket();
        return t == null || t.notes() == null ? List.of() : t.notes();
    }

    /** The timeline; the asker's leaves out that internal notes were written (the service does). */
    public List<TicketDto.EventDto> getEvents() {
        TicketDto t = getTicket();
        return t == null || t.events() == null ? List.of() : t.events();
    }

    public QuestionDto getThread() {
        ensureRead();
        return page == null ? null : page.thread();
    }

    public TicketService.CustomerView getCustomer() {
        ensureRead();
        return page == null ? null : page.customer();
    }

    public List<AgentDirectory.Agent> getAgents() {
        ensureRead();
        return page == null ? List.of() : page.agents();
    }

    public SlaCountdown.Standing getSla() {
        ensureRead();
        return page == null ? null : page.sla();
    }

    /** Agents see notes, the customer view and the actions. */
    public boolean isAgent() {
        ensureRead();
        return page != null ? page.agent() : TicketService.isAgent(viewer());
    }

    /** Whether an agent may move the ticket to {@code status} from where it is now. */
    public boolean canMoveTo(TicketStatus status) {
        ensureRead();
        return page != null && page.movableTo().contains(status);
    }

    public boolean isAssignedToMe() {
        ensureRead();
        return page != null && page.assignedToMe();
    }

    public boolean isClosed() {
        ensureRead();
        return page != null && page.closed();
    }

    public String getQuestionUrl() {
        TicketDto t = getTicket();
        if (t == null) {
            return null;
        }
        QuestionDto thread = page.thread();
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return thread == null ? context + "/questions/" + t.questionId() : context + Links.questionPath(thread.id(), thread.title());
    }

    public String getTitle() {
        TicketDto t = getTicket();
        return t == null ? "Ticket" : page.thread() == null ? "A deleted question" : page.thread().title();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public String getForbiddenReason() {
        return forbiddenReason;
    }

    private User viewer() {
        return caller.optional().orElse(null);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getMessageBody() {
        return messageBody;
    }

    public void setMessageBody(String messageBody) {
        this.messageBody = messageBody;
    }

    public String getNoteBody() {
        return noteBody;
    }

    public void setNoteBody(String noteBody) {
        this.noteBody = noteBody;
    }

    public Long getReassignTo() {
        return reassignTo;
    }

    public void setReassignTo(Long reassignTo) {
        this.reassignTo = reassignTo;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }
}
