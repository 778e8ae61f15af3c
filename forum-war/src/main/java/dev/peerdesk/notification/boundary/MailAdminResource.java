package dev.peerdesk.notification.boundary;

import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /admin/mail} (ADMIN): whether mail is on and how the outbox stands;
 * {@code POST /admin/mail/test {to}} → 200 {@code {sent, problem}}: a test mail sent at once.
 */
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

    @POST
    @Path("test")
    @Consumes(MediaType.APPLICATION_JSON)
    public MailService.TestResult test(MailService.TestMail request) {
        return service.sendTest(caller.require(), request);
    }
}
