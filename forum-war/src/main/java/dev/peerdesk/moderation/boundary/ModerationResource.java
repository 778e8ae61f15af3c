package dev.peerdesk.moderation.boundary;

import dev.peerdesk.moderation.control.ModerationQueries;
import dev.peerdesk.moderation.entity.FlagOutcome;
import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.user.control.Roles;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("moderation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModerationResource {

    @Inject
    ModerationService moderation;

    @Inject
    ModerationQueries queries;

    @Inject
    Caller caller;

    public record Resolution(FlagOutcome outcome) {
    }

    /** Moderators see every queue; REVIEW (staff included) the first-posts (APPROVAL) queue: {@link ModerationService#mayReview}. */
    @GET
    @Path("queue")
    public Cursor.Page<ModerationQueries.QueueItem> queue(@QueryParam("kind") ModerationQueries.Kind kind,
                                                         @QueryParam("limit") Integer limit,
                                                         @QueryParam("cursor") String cursor) {
        User user = caller.require();
        ModerationQueries.Kind parsed = kind == null ? ModerationQueries.Kind.FLAGS : kind;
        moderation.requireReview(user, parsed); // the same rule as the moderation page's
        return queries.queue(parsed, Cursor.limit(limit), cursor);
    }

    @POST
    @Path("flags/{id}/resolve")
    public Response resolve(@PathParam("id") long id, Resolution resolution) {
        moderation.resolveFlag(caller.require(), id, resolution == null ? null : resolution.outcome());
        return Response.ok().build();
    }

    @POST
    @Path("posts/{id}/approve")
    public Response approve(@PathParam("id") long id) {
        moderation.approve(caller.require(), id);
        return Response.ok().build();
    }

    @GET
    @Path("audit-log")
    public Cursor.Page<ModerationQueries.AuditEntry> auditLog(@QueryParam("limit") Integer limit,
                                                             @QueryParam("cursor") String cursor) {
        Roles.requireModerator(caller.require()); // admins included
        return queries.auditLog(Cursor.limit(limit), cursor);
    }
}
