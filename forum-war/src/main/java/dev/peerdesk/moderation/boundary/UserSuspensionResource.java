package dev.peerdesk.moderation.boundary;

import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /users/{id}/suspension}: Jersey merges it with the user feature's {@code UsersResource} (same root path). */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserSuspensionResource {

    @Inject
    Caller caller;

    @Inject
    ModerationService moderation;

    @POST
    @Path("{id}/suspension")
    public Response suspend(@PathParam("id") long id, ModerationService.SuspensionRequest request) {
        moderation.suspend(caller.require(), id, request);
        return Response.ok().build();
    }

    @DELETE
    @Path("{id}/suspension")
    public Response liftSuspension(@PathParam("id") long id) {
        moderation.liftSuspension(caller.require(), id);
        return Response.ok().build();
    }
}
