package dev.peerdesk.support.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** How the support pages name statuses, priorities, reasons and timeline events: {@code #{supportLabels.status(t.status())}}. */
@Named
@ApplicationScoped
public class SupportLabels {

    public String status(String status) {
        return switch (status == null ? "" : status) {
            case "NEW" -> "New";
            case "OPEN" -> "Open";
            case "PENDING" -> "Pending (waiting on the customer)";
            case "SOLVED" -> "Solved";
            case "CLOSED" -> "Closed";
            default -> status;
        };
    }

    /** Short form, for table cells and pills. */
    public String statusShort(String status) {
        return "PENDING".equals(status) ? "Pending" : status(status);
    }

    public String priority(String priority) {
        return switch (priority == null ? "" : priority) {
            case "LOW" -> "Low";
            case "NORMAL" -> "Normal";
            case "HIGH" -> "High";
            case "URGENT" -> "Urgent";
            default -> priority;
        };
    }

    public String reason(String reason) {
        return switch (reason == null ? "" : reason) {
            case "UNANSWERED" -> "Unanswered";
            case "UNRESOLVED" -> "Unresolved";
            case "REQUESTED" -> "Asker needs help";
            case "STAFF" -> "Escalated by staff";
            default -> reason;
        };
    }

    public String resolution(String resolution) {
        return switch (resolution == null ? "" : resolution) {
            case "SUPPORT" -> "Solved by support";
            case "COMMUNITY" -> "Solved by the community";
            default -> "—";
        };
    }

    public String event(String type) {
        return switch (type == null ? "" : type) {
            case "CREATED" -> "Escalated";
            case "ASSIGNED" -> "Assigned";
            case "CLAIMED" -> "Claimed";
            case "OFFICIAL_ANSWER" -> "Official answer";
            case "CUSTOMER_REPLIED" -> "Customer replied";
            case "STATUS_CHANGED" -> "Status changed";
            case "PRIORITY_CHANGED" -> "Priority changed";
            case "SOLVED" -> "Solved";
            case "REOPENED" -> "Reopened";
            case "CLOSED" -> "Closed";
            case "CSAT" -> "Rated";
            case "MESSAGE" -> "Private message";
            case "NOTE" -> "Internal note";
            default -> type;
        };
    }

    public String plan(String plan) {
        return switch (plan == null ? "" : plan) {
            case "FREE" -> "Free";
            case "STANDARD" -> "Standard";
            case "PREMIUM" -> "Premium";
            default -> plan;
        };
    }
}
