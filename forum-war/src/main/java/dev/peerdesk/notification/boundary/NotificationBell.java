package dev.peerdesk.notification.boundary;

import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The header's bell for signed-in people ({@code #{notificationBell}}): one COUNT per request, made
 * only when a signed-in page renders it; visitors' pages never ask.
 */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    NotificationService service;

    @Inject
    Caller caller;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = caller.optional().map(service::unreadCount).orElse(0L);
        }
        return unread;
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
