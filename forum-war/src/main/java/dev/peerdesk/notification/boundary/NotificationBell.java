package dev.peerdesk.notification.boundary;

import dev.peerdesk.user.control.Caller;
import dev.peerdesk.notification.control.NotificationDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The header's bell for signed-in people ({@code #{notificationBell}}): the unread count and the
 * latest few, read once per request and only when a signed-in page renders the bell; visitors'
 * pages never ask.
 */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    NotificationService service;

    @Inject
    Caller caller;

    private NotificationService.Bell bell;

    private NotificationService.Bell bell() {
        if (bell == null) {
            bell = caller.optional().map(service::bell).orElse(NotificationService.Bell.NONE);
        }
        return bell;
    }

    public long getUnread() {
        return bell().unread();
    }

    /** The latest notifications, read or not, newest first (the panel under the bell). */
    public List<NotificationDto> getLatest() {
        return bell().latest();
    }

    /** The badge: the count, "99+" above that. */
    public String getBadge() {
        long n = getUnread();
        return n > 99 ? "99+" : Long.toString(n);
    }

    /** The link's accessible name: "Notifications" or "Notifications, 3 unread". */
    public String getLabel() {
        long n = getUnread();
        return n == 0 ? "Notifications" : "Notifications, " + n + " unread";
    }
}
