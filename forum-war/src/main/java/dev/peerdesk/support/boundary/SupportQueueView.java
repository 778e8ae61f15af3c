package dev.peerdesk.support.boundary;

import dev.peerdesk.platform.faces.KeysetLazyModel;
import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.support.control.SlaCountdown;
import dev.peerdesk.support.control.TicketQueries;
import dev.peerdesk.support.policy.EscalationReason;
import dev.peerdesk.support.policy.Priority;
import dev.peerdesk.support.policy.TicketStatus;
import dev.peerdesk.user.entity.User;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import dev.peerdesk.support.control.TicketDto;

/**
 * {@code support/index.xhtml}: the agents' queue, most urgent SLA first, paged in the database
 * (keyset) and filtered by status, priority and assignee. Agents only: visitors sign in first,
 * everyone else gets 403.
 */
@Named
@ViewScoped
public class SupportQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TicketService tickets;

    @Inject
    TicketQueries queries;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** One row of the queue, flat and serializable (the table keeps the page it shows). */
    public record QueueRow(long id, long questionId, String title, TicketStatus status, Priority priority,
                           EscalationReason reason,
                           String assignee, boolean mine, String sla, String slaState, String slaDeadline,
                           Instant slaDueAt, boolean breached) implements Serializable {
    }

    /** null: every status (the filter's "All statuses"). */
    private TicketStatus status;
    /** null: every priority. */
    private Priority priority;
    /** "" all, "me", "unassigned". */
    private String assignee = "";
    private boolean allowed;
    private KeysetLazyModel<QueueRow> queue;

    public void load() {
        User viewer = viewer();
        if (viewer == null) {
            Pages.redirect(Pages.loginFor("/support/index.xhtml"));
            return;
        }
        if (!TicketService.isAgent(viewer)) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
            allowed = false;
            return;
        }
        allowed = true;
        queue = new KeysetLazyModel<>(this::page);
    }

    /** A filter changed: back to the first page with the new filters. */
    public void filter() {
        if (queue == null) {
            return;
        }
        queue.reset();
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":queueForm:queue");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** One page of the queue with its question titles (one query per page, not per row). */
    Cursor.Page<QueueRow> page(int limit, String cursor) {
        User agent = viewer();
        if (agent == null || !TicketService.isAgent(agent)) {
            return new Cursor.Page<>(List.of(), null);
        }
        try {
            Cursor.Page<TicketDto> page = tickets.queue(agent, status, priority,
                    blankToNull(assignee), limit, cursor);
            Map<Long, String> titles = queries.titles(page.items().stream().map(TicketDto::questionId).toList());
            Instant now = clock.instant();
            return new Cursor.Page<>(page.items().stream().map(t -> row(t, titles.get(t.questionId()), agent, now))
                    .toList(), page.nextCursor());
        } catch (RuntimeException e) {
            Pages.showListFailure(e);
            return new Cursor.Page<>(List.of(), null);
        }
    }

    private static QueueRow row(TicketDto t, String title, User agent, Instant now) {
        SlaCountdown.Standing sla = standing(t, now);
        return new QueueRow(t.id(), t.questionId(), title == null ? "A deleted question" : title,
                t.status(), t.priority(), t.reason(), t.assignee() == null ? null : t.assignee().displayName(),
                t.assignee() != null && t.assignee().id() == agent.id(), sla.text(),
                sla.state().name().toLowerCase(java.util.Locale.ROOT), sla.which() == SlaCountdown.Deadline.FIRST_RESPONSE ? "first response" : "resolution",
                sla.deadline(), sla.breached());
    }

    static SlaCountdown.Standing standing(TicketDto t, Instant now) {
        return SlaCountdown.of(t.status(), t.firstResponseDueAt(), t.firstResponseAt(),
                t.resolutionDueAt(), t.solvedAt(), now);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    // --- page state ------------------------------------------------------------------------------

    public boolean isAllowed() {
        return allowed && TicketService.isAgent(viewer());
    }

    private User viewer() {
        return caller.optional().orElse(null);
    }

    public KeysetLazyModel<QueueRow> getQueue() {
        return queue;
    }

    public TicketStatus[] getStatuses() {
        return TicketStatus.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public TicketStatus getStatus() {
        return status;
    }

    public void setStatus(TicketStatus status) {
        this.status = status;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee == null ? "" : assignee;
    }
}
