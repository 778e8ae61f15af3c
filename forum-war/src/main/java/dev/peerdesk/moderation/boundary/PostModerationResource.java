package dev.peerdesk.moderation.boundary;

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

/** Flagging and hiding any post ({@code /posts/{id}/flags|hide|unhide}); merged by Jersey with {@code PostsResource}. */
@Path("posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostModerationResource {

    @Inject
    ModerationService moderation;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    @POST
    @Path("{id}/flags")
    public Response flag(@PathParam("id") long id, ModerationService.FlagRequest request) {
        ModerationService.FlagDto flag = moderation.flag(caller.require(), id, request);
        return Response.created(uri.getBaseUriBuilder().path("moderation/flags").path(String.valueOf(flag.id())).build())
                .entity(flag).build();
    }

    @POST
    @Path("{id}/hide")
    public Response hide(@PathParam("id") long id) {
        moderation.hide(caller.require(), id);
        return Response.ok().build();
    }

    @POST
    @Path("{id}/unhide")
    public Response unhide(@PathParam("id") long id) {
        moderation.unhide(caller.require(), id);
        return Response.ok().build();
    }
}
