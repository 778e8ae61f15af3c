package dev.peerdesk.moderation.boundary;

import dev.peerdesk.question.control.QuestionDto;
import dev.peerdesk.question.control.Threads;
import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Moderation of a question ({@code /questions/{id}/close|reopen|lock|unlock}); Jersey merges it with the
 * question feature's {@code QuestionsResource} (same root path), so question never calls moderation.
 */
@Path("questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionModerationResource {

    @Inject
    ModerationService moderation;

    @Inject
    Threads threads;

    @Inject
    Caller caller;

    @POST
    @Path("{id}/close")
    public QuestionDto close(@PathParam("id") long id, ModerationService.CloseRequest request) {
        moderation.close(caller.require(), id, request);
        return thread(id);
    }

    @POST
    @Path("{id}/reopen")
    public QuestionDto reopen(@PathParam("id") long id) {
        moderation.reopen(caller.require(), id);
        return thread(id);
    }

    @POST
    @Path("{id}/lock")
    public QuestionDto lock(@PathParam("id") long id) {
        moderation.lock(caller.require(), id, true);
        return thread(id);
    }

    @POST
    @Path("{id}/unlock")
    public QuestionDto unlock(@PathParam("id") long id) {
        moderation.lock(caller.require(), id, false);
        return thread(id);
    }

    private QuestionDto thread(long id) {
        return threads.visibleThread(id, caller.optional().orElse(null));
    }
}
