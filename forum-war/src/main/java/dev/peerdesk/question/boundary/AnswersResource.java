package dev.peerdesk.question.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.question.control.QuestionQueries;
import dev.peerdesk.question.control.Threads;
import dev.peerdesk.question.entity.Answer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;
import dev.peerdesk.question.control.AnswerDto;

@Path("answers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnswersResource {

    @Inject
    QuestionService questions;

    @Inject
    Threads threads;

    @Inject
    QuestionQueries queries;

    @Inject
    Caller caller;

    /** The full history, oldest first; 404 for what the caller cannot see (deleted, hidden, not an answer). */
    @GET
    @Path("{id}/revisions")
    public List<AnswerRevisionDto> revisions(@PathParam("id") long id) {
        if (!(questions.visiblePost(id, caller.optional().orElse(null)) instanceof Answer)) {
            throw Refusal.notFound("Answer " + id);
        }
        return queries.revisions(id).stream().map(AnswerRevisionDto::of).toList();
    }

    @PATCH
    @Path("{id}")
    public AnswerDto edit(@PathParam("id") long id, QuestionService.PostBody body) {
        return threads.answer(questions.editAnswer(caller.require(), id, body), Map.of(), Map.of());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        questions.deleteAnswer(caller.require(), id);
        return Response.noContent().build();
    }
}
