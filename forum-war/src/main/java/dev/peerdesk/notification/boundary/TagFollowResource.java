package dev.peerdesk.notification.boundary;

import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * {@code PUT|DELETE /tags/{name}/follow}; Jersey merges it with the question feature's tags resource
 * (same root path), so question never calls notification.
 */
@Path("tags")
@RequestScoped
public class TagFollowResource {

    @Inject
    NotificationService service;

    @Inject
    Caller caller;

    @PUT
    @Path("{name}/follow")
    public void follow(@PathParam("name") String name) {
        service.followTag(caller.require(), name, true);
    }

    @DELETE
    @Path("{name}/follow")
    public void unfollow(@PathParam("name") String name) {
        service.followTag(caller.require(), name, false);
    }
}
