package dev.peerdesk.support.boundary;

import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import dev.peerdesk.support.control.TicketDto;
import dev.peerdesk.support.policy.Priority;
import dev.peerdesk.support.policy.TicketStatus;

/** The support queue and its tickets (API.md, Support). */
@Path("support/tickets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketsResource {

    public record Body(String body) {
    }

    public record Assignee(Long agentId) {
    }

    @Inject
    TicketService tickets;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @GET
    public Cursor.Page<TicketDto> queue(@QueryParam("status") TicketStatus status, @QueryParam("priority") Priority priority,
                                        @QueryParam("assignee") String assignee, @QueryParam("limit") Integer limit,
                                        @QueryParam("cursor") String cursor) {
        return tickets.queue(caller.require(), status, priority, assignee, limit, cursor);
    }

    @GET
    @Path("{id}")
    public TicketDto ticket(@PathParam("id") long id) {
        return tickets.ticket(caller.require(), id);
    }

    @PATCH
    @Path("{id}")
    public TicketDto patch(@PathParam("id") long id, TicketService.Patch patch) {
        return tickets.patch(caller.require(), id, patch);
    }

    @POST
    @Path("{id}/claim")
    public TicketDto claim(@PathParam("id") long id) {
        return tickets.claim(caller.require(), id);
    }

    @PUT
    @Path("{id}/assignee")
    public TicketDto reassign(@PathParam("id") long id, Assignee assignee) {
        return tickets.reassign(caller.require(), id, assignee == null ? null : assignee.agentId());
    }

    @POST
    @Path("{id}/notes")
    public Response note(@PathParam("id") long id, Body body) {
        TicketDto.MessageDto note = tickets.note(caller.require(), id, body == null ? null : body.body());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(note.id())).build()).entity(note).build();
    }

    @GET
    @Path("{id}/notes")
    public List<TicketDto.MessageDto> notes(@PathParam("id") long id) {
        return tickets.notes(caller.require(), id);
    }

    @POST
    @Path("{id}/messages")
    public Response message(@PathParam("id") long id, Body body) {
        TicketDto.MessageDto message = tickets.message(caller.require(), id, body == null ? null : body.body());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(message.id())).build())
                .entity(message).build();
    }

    @GET
    @Path("{id}/messages")
    public List<TicketDto.MessageDto> messages(@PathParam("id") long id) {
        return tickets.messages(caller.require(), id);
    }

    @POST
    @Path("{id}/reopen")
    public TicketDto reopen(@PathParam("id") long id) {
        return tickets.reopen(caller.require(), id);
    }

    @POST
    @Path("{id}/csat")
    public Response csat(@PathParam("id") long id, TicketService.CsatRequest request) {
        TicketDto.Csat csat = tickets.rate(caller.require(), id, request);
        return Response.created(uri.getAbsolutePath()).entity(csat).build();
    }
}
