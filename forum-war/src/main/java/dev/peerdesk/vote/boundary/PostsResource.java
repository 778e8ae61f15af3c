package dev.peerdesk.vote.boundary;

import dev.peerdesk.user.control.Caller;
import dev.peerdesk.question.control.CommentDto;
import dev.peerdesk.question.boundary.QuestionService;
import dev.peerdesk.question.entity.Comment;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** What can be done to any post, question or answer: vote and comment (flags and hiding: moderation's {@code PostModerationResource}). */
@Path("posts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostsResource {

    @Inject
    VoteService votes;

    @Inject
    QuestionService questions;

    @Inject
    Caller caller;

    @Context
    UriInfo uri;

    public record VoteRequest(Integer value) {
    }

    @PUT
    @Path("{id}/vote")
    public VoteService.VoteResult vote(@PathParam("id") long id, VoteRequest request) {
        return votes.vote(caller.require(), id, request == null ? null : request.value());
    }

    @DELETE
    @Path("{id}/vote")
    public VoteService.VoteResult retract(@PathParam("id") long id) {
        return votes.retract(caller.require(), id);
    }

    @POST
    @Path("{id}/comments")
    public Response comment(@PathParam("id") long postId, QuestionService.PostBody body) {
        Comment comment = questions.comment(caller.require(), postId, body);
        return Response.created(uri.getBaseUriBuilder().path("comments").path(String.valueOf(comment.id())).build())
                .entity(CommentDto.of(comment)).build();
    }
}
