package dev.peerdesk.notification.boundary;

import dev.peerdesk.notification.control.MailDelivery;
import dev.peerdesk.notification.control.NotificationType;
import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.user.boundary.AllowedWhileSuspended;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.user.entity.User;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code notifications/settings.xhtml}: how each kind of notification reaches the signed-in person by
 * e-mail (at once, in the daily digest, or not at all); in-app notifications are always on. The
 * choices are held as the API's words, so the page saves through the same rule as
 * {@code PUT /users/me/notification-settings}.
 */
@Named
@ViewScoped
public class NotificationSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One kind of notification on the page: what it is, in words, and the current choice. */
    public record Row(NotificationType type, String title, String description) implements Serializable {
    }

    @Inject
    NotificationService service;

    @Inject
    Caller caller;

    private final Map<String, String> choices = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();

    public void load() {
        User user = caller.optional().orElse(null);
        if (user == null) {
            Pages.redirect(Pages.loginFor("/notifications/settings.xhtml"));
            return;
        }
        if (rows.isEmpty()) {
            choices.putAll(service.settings(user));
            for (String name : choices.keySet()) {
                NotificationType type = NotificationType.valueOf(name);
                rows.add(new Row(type, title(type), description(type)));
            }
        }
    }

    /** Turning e-mail off is allowed while suspended: it is not a post. */
    @AllowedWhileSuspended
    public void save() {
        User user = caller.optional().orElse(null);
        if (user == null) {
            Pages.redirect(Pages.loginFor("/notifications/settings.xhtml"));
            return;
        }
        try {
            Map<String, String> saved = service.changeSettings(user, new LinkedHashMap<>(choices));
            choices.clear();
            choices.putAll(saved);
            Pages.info("Your e-mail settings are saved.");
        } catch (RuntimeException e) {
            Pages.show(e, Map.of());
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    /** The choices in words; the values are the API's. */
    public Map<String, String> getDeliveries() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("E-mail at once", MailDelivery.INSTANT.name());
        options.put("In the daily digest", MailDelivery.DIGEST.name());
        options.put("No e-mail", MailDelivery.OFF.name());
        return options;
    }

    static String title(NotificationType type) {
        return switch (type) {
            case ANSWER -> "Answers";
            case COMMENT -> "Comments";
            case MENTION -> "Mentions";
            case ACCEPTED -> "Accepted answers";
            case OFFICIAL_ANSWER -> "Support answers";
            case TICKET_UPDATED -> "Support ticket updates";
            case TICKET_MESSAGE -> "Private ticket messages";
            case TICKET_ASSIGNED -> "Tickets assigned to you";
            case SLA_AT_RISK -> "Tickets close to their deadline";
            case NUDGE -> "Reminders about your answers";
            case NEW_QUESTION -> "New questions in tags you follow";
        };
    }

    static String description(NotificationType type) {
        return switch (type) {
            case ANSWER -> "Someone answers a question you asked or follow.";
            case COMMENT -> "Someone comments on your question or answer, or after you in a comment thread.";
            case MENTION -> "Someone mentions you with @ and your name.";
            case ACCEPTED -> "An asker accepts your answer.";
            case OFFICIAL_ANSWER -> "Support answers your escalated question.";
            case TICKET_UPDATED -> "Your question goes to support, the ticket waits on you, is solved, reopened or closed.";
            case TICKET_MESSAGE -> "A private message on a support ticket of yours.";
            case TICKET_ASSIGNED -> "For support agents: a ticket is routed to you, claimed by you or reassigned to you.";
            case SLA_AT_RISK -> "For support agents: a ticket's first response or resolution is due within an hour, or late.";
            case NUDGE -> "Your question has answers but none is accepted yet, before it goes to support.";
            case NEW_QUESTION -> "Someone asks a question with a tag you follow.";
        };
    }
}
