package dev.peerdesk.question.boundary;

import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("comments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommentsResource {

    @Inject
    QuestionService questions;

    @Inject
    Caller caller;

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        questions.deleteComment(caller.require(), id);
        return Response.noContent().build();
    }
}
