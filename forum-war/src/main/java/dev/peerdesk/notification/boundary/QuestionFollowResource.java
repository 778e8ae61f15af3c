package dev.peerdesk.notification.boundary;

import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * {@code PUT|DELETE /questions/{id}/follow}; Jersey merges it with the question feature's resource
 * (same root path), so question never calls notification.
 */
@Path("questions")
@RequestScoped
public class QuestionFollowResource {

    @Inject
    NotificationService service;

    @Inject
    Caller caller;

    @PUT
    @Path("{id}/follow")
    public void follow(@PathParam("id") long id) {
        service.follow(caller.require(), id, true);
    }

    @DELETE
    @Path("{id}/follow")
    public void unfollow(@PathParam("id") long id) {
        service.follow(caller.require(), id, false);
    }
}
