package dev.peerdesk.notification.boundary;

import dev.peerdesk.notification.control.NotificationDto;
import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Optional;

/**
 * {@code notifications/open.xhtml?id=}: marks the notification read and redirects to what it is
 * about; someone else's or an unknown id is a 404.
 */
@Named
@RequestScoped
public class NotificationOpenView {

    @Inject
    NotificationService service;

    @Inject
    Caller caller;

    private String id;

    public void open() {
        User user = caller.optional().orElse(null);
        if (user == null) {
            Pages.redirect(Pages.loginFor("/notifications/open.xhtml?id=" + Pages.encode(id)));
            return;
        }
        long notificationId;
        try {
            notificationId = Long.parseLong(id == null ? "" : id);
        } catch (NumberFormatException e) {
            Pages.notFound();
            return;
        }
        Optional<NotificationDto> found = service.open(user, notificationId);
        if (found.isEmpty()) {
            Pages.notFound();
            return;
        }
        Pages.redirect(NotificationsView.target(found.get()));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
