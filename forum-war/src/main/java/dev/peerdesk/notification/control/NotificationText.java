package dev.peerdesk.notification.control;

/**
 * What a notification says, from its type, how many facts it folds ({@code count}), the question's
 * title and, for ticket updates, what happened ({@code detail}: ESCALATED, PENDING, SOLVED, REOPENED,
 * CLOSED; for SLA alerts the deadline and stage; for new questions the tag). Built when read, so a folded row always tells its current count.
 */
public final class NotificationText {

    private NotificationText() {
    }

    public static String of(NotificationType type, int count, String subject, String detail) {
        String on = "“" + subject + "”";
        return switch (type) {
            case ANSWER -> count == 1 ? "New answer to " + on : count + " new answers to " + on;
            case COMMENT -> count == 1 ? "New comment on your post in " + on
                    : count + " new comments on your post in " + on;
            case MENTION -> "You were mentioned in " + on;
            case ACCEPTED -> "Your answer to " + on + " was accepted";
            case OFFICIAL_ANSWER -> "Support answered " + on;
            case TICKET_UPDATED -> "Your support ticket for " + on + " " + ticketUpdate(detail);
            case TICKET_MESSAGE -> count == 1 ? "New private message on the ticket for " + on
                    : count + " new private messages on the ticket for " + on;
            case TICKET_ASSIGNED -> "The ticket for " + on + " was assigned to you";
            case SLA_AT_RISK -> "The ticket for " + on + " " + slaAlert(detail);
            case NUDGE -> "You have answers to " + on + " — did one solve it? Accept it, or tell us you still"
                    + " need help.";
            case NEW_QUESTION -> count == 1 ? "New question in " + detail + ": " + subject
                    : count + " new questions in " + detail + ", the latest: " + subject;
        };
    }

    /** {@code detail}: the deadline and the stage, e.g. {@code FIRST_RESPONSE:AT_RISK}. */
    private static String slaAlert(String detail) {
        String d = detail == null ? "" : detail;
        String deadline = d.startsWith("RESOLUTION") ? "resolution" : "first response";
        return d.endsWith("BREACHED") ? "missed its " + deadline + " deadline"
                : "is due for its " + deadline + " within the hour";
    }

    private static String ticketUpdate(String detail) {
        return switch (detail == null ? "" : detail) {
            case "ESCALATED" -> "was escalated to support";
            case "PENDING" -> "is waiting on you";
            case "SOLVED" -> "was solved";
            case "REOPENED" -> "was reopened";
            case "CLOSED" -> "was closed";
            default -> "was updated";
        };
    }
}
