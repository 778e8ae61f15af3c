package dev.peerdesk.support.boundary;

import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code POST /questions/{id}/escalation}: "still need help" for the asker, escalation by hand for staff. */
@Path("questions/{id}/escalation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionEscalationResource {

    public record EscalationRequest(String note) {
    }

    @Inject
    TicketService tickets;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    public Response escalate(@PathParam("id") long questionId, EscalationRequest request) {
        TicketService.Escalated result = tickets.escalate(caller.require(), questionId,
                request == null ? null : request.note());
        if (!result.created()) {
            return Response.ok(result.ticket()).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("support/tickets")
                .path(String.valueOf(result.ticket().id())).build()).entity(result.ticket()).build();
    }
}
