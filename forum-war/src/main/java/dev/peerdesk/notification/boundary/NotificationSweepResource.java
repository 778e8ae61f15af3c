package dev.peerdesk.notification.boundary;

import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /admin/notifications/sweep} (ADMIN): SLA alerts, nudges and due digests now, as the timer does. */
@Path("admin/notifications/sweep")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationSweepResource {

    @Inject
    NotificationSweeps service;

    @Inject
    Caller caller;

    @POST
    public NotificationSweeps.Result sweep() {
        return service.sweep(caller.require());
    }
}
