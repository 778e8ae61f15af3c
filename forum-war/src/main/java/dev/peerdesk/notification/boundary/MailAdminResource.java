package dev.peerdesk.notification.boundary;

import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /admin/mail} (ADMIN): whether mail is on and how the outbox stands. */
@Path("admin/mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailAdminResource {

    @Inject
    MailService service;

    @Inject
    Caller caller;

    @GET
    public MailService.MailStatus status() {
        return service.status(caller.require());
    }
}
