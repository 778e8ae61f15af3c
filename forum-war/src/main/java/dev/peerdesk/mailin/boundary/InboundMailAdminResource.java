package dev.peerdesk.mailin.boundary;

import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * (ADMIN) {@code GET /admin/inbound-mail?before=} → the inbox page: how mail comes in and the newest
 * 50 messages with what each became; {@code GET /admin/inbound-mail/{id}/raw} → the message as received
 * ({@code message/rfc822}, 30 days); {@code POST /admin/inbound-mail/poll} → checks the IMAP mailbox now.
 */
@Path("admin/inbound-mail")
@RequestScoped
public class InboundMailAdminResource {

    @Inject
    InboundMailService service;

    @Inject
    ImapPoller poller;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public InboundMailService.InboxPage inbox(@QueryParam("before") Long before) {
        return service.inbox(caller.require(), before);
    }

    @GET
    @Path("{id}/raw")
    @Produces("message/rfc822")
    public byte[] raw(@PathParam("id") long id) {
        return service.raw(caller.require(), id);
    }

    @POST
    @Path("poll")
    @Produces(MediaType.APPLICATION_JSON)
    public ImapPoller.Poll poll() {
        InboundMailService.requireAdmin(caller.require());
        return poller.poll();
    }
}
