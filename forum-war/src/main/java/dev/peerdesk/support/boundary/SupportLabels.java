package dev.peerdesk.support.boundary;

import dev.peerdesk.support.entity.Ticket;
import dev.peerdesk.support.entity.TicketEvent;
import dev.peerdesk.support.policy.EscalationReason;
import dev.peerdesk.support.policy.Priority;
import dev.peerdesk.support.policy.TicketStatus;
import dev.peerdesk.user.entity.Plan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.Locale;

/**
 * How the support pages name statuses, priorities, reasons, resolutions, plans and timeline events,
 * in words: the one place per enum, {@code #{supportLabels.status(t.status())}}. EL coerces a name
 * ({@code 'PREMIUM'}) to the parameter's enum, so a page may pass either. Every switch is
 * exhaustive: a new constant does not compile until it has its words.
 */
@Named
@ApplicationScoped
public class SupportLabels {

    public String status(TicketStatus status) {
        if (status == null) {
            return "";
        }
        return status.words();
    }

    /** Short form, for table cells and pills. */
    public String statusShort(TicketStatus status) {
        return status == TicketStatus.PENDING ? "Pending" : status(status);
    }

    public String priority(Priority priority) {
        if (priority == null) {
            return "";
        }
        return priority.words();
    }

    public String reason(EscalationReason reason) {
        if (reason == null) {
            return "";
        }
        return reason.words();
    }

    public String resolution(Ticket.Resolution resolution) {
        if (resolution == null) {
            return "—";
        }
        return switch (resolution) {
            case SUPPORT -> "Solved by support";
            case COMMUNITY -> "Solved by the community";
        };
    }

    public String event(TicketEvent.Type type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case CREATED -> "Escalated";
            case ASSIGNED -> "Assigned";
            case CLAIMED -> "Claimed";
            case OFFICIAL_ANSWER -> "Official answer";
            case CUSTOMER_REPLIED -> "Customer replied";
            case STATUS_CHANGED -> "Status changed";
            case PRIORITY_CHANGED -> "Priority changed";
            case SOLVED -> "Solved";
            case REOPENED -> "Reopened";
            case CLOSED -> "Closed";
            case CSAT -> "Rated";
            case MESSAGE -> "Private message";
            case NOTE -> "Internal note";
            case ACCEPTANCE_WITHDRAWN -> "Acceptance withdrawn";
            case ESCALATED_AGAIN -> "Escalated again";
        };
    }

    public String plan(Plan plan) {
        if (plan == null) {
            return "";
        }
        return switch (plan) {
            case FREE -> "Free";
            case STANDARD -> "Standard";
            case PREMIUM -> "Premium";
        };
    }

    /** The CSS class suffix of a value ({@code status-pending}, {@code priority-urgent}, {@code plan-free}). */
    public String css(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }
}
