package dev.peerdesk.notification.boundary;

import dev.peerdesk.notification.control.NotificationDto;
import dev.peerdesk.notification.control.NotificationType;
import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.user.boundary.AllowedWhileSuspended;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.user.entity.User;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code notifications.xhtml}: the signed-in person's notifications, newest first, a keyset page at a
 * time ("Load more"); opening one marks it read ({@code notifications/open.xhtml}). Visitors sign in first.
 */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    NotificationService service;

    @Inject
    Caller caller;

    private final List<NotificationDto> items = new ArrayList<>();
    private String next;
    private boolean loaded;

    public void load() {
        User user = caller.optional().orElse(null);
        if (user == null) {
            Pages.redirect(Pages.loginFor("/notifications.xhtml"));
            return;
        }
        if (!loaded) {
            read(user, null);
            loaded = true;
        }
    }

    @AllowedWhileSuspended
    public void more() {
        User user = caller.optional().orElse(null);
        if (user != null && next != null) {
            read(user, next);
        }
    }

    /** Marks every notification read, then shows the page afresh (the header's count too). */
    @AllowedWhileSuspended
    public void markAllRead() {
        User user = caller.optional().orElse(null);
        if (user == null) {
            Pages.redirect(Pages.loginFor("/notifications.xhtml"));
            return;
        }
        try {
            service.markRead(user, new NotificationService.ReadRequest(null, true));
        } catch (RuntimeException e) {
            Pages.show(e, java.util.Map.of());
            return;
        }
        Pages.redirect("/notifications.xhtml");
    }

    private void read(User user, String cursor) {
        try {
            Cursor.Page<NotificationDto> page = service.page(user, false, PAGE, cursor);
            if (cursor == null) {
                items.clear();
            }
            items.addAll(page.items());
            next = page.nextCursor();
        } catch (RuntimeException e) {
            Pages.showListFailure(e);
        }
    }

    public List<NotificationDto> getItems() {
        return items;
    }

    public boolean isMore() {
        return next != null;
    }

    public boolean isAnyUnread() {
        return items.stream().anyMatch(n -> !n.read());
    }

    /** What kind of notification, in words, for the small label above its text. */
    public String kind(NotificationType type) {
        return switch (type) {
            case ANSWER -> "Answer";
            case COMMENT -> "Comment";
            case MENTION -> "Mention";
            case ACCEPTED -> "Accepted answer";
            case OFFICIAL_ANSWER -> "Support answer";
            case TICKET_UPDATED -> "Support ticket";
            case TICKET_MESSAGE -> "Ticket message";
            case TICKET_ASSIGNED -> "Ticket assigned";
            case SLA_AT_RISK -> "SLA at risk";
            case NUDGE -> "Reminder";
            case NEW_QUESTION -> "New question";
        };
    }

    /** Where it lands: the ticket for ticket news, else the question at the exact post. */
    static String target(NotificationDto n) {
        boolean ticketNews = n.type() == NotificationType.TICKET_UPDATED || n.type() == NotificationType.TICKET_MESSAGE
                || n.type() == NotificationType.TICKET_ASSIGNED || n.type() == NotificationType.SLA_AT_RISK;
        if (ticketNews && n.ticketId() != null) {
            return "/support/ticket.xhtml?id=" + n.ticketId();
        }
        if (n.questionId() == null) {
            return "/notifications.xhtml";
        }
        String question = "/questions/" + n.questionId();
        return n.postId() == null || n.postId().equals(n.questionId()) ? question : question + "#answer-" + n.postId();
    }
}
