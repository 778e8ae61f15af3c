package dev.peerdesk.notification.boundary;

import dev.peerdesk.notification.control.Nudges;
import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /admin/nudges/summary} (ADMIN): {@code {nudged, deflected}} since the start. */
@Path("admin/nudges/summary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NudgeAdminResource {

    @Inject
    NotificationSweeps service;

    @Inject
    Caller caller;

    @GET
    public Nudges.Summary summary() {
        return service.nudgeSummary(caller.require());
    }
}
