package dev.peerdesk.question.boundary;

import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.question.control.QuestionQueries;
import dev.peerdesk.question.control.Threads;
import dev.peerdesk.question.entity.Answer;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Map;
import dev.peerdesk.question.control.QuestionDto;

@Path("questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionsResource {

    @Inject
    QuestionService questions;

    @Inject
    QuestionQueries queries;

    @Inject
    Threads threads;

    @Inject
    Caller caller;

    @Inject
    dev.peerdesk.platform.http.ClientAddress clients;

    @Context
    UriInfo uri;

    public record AcceptRequest(Long answerId) {
    }

    @POST
    public Response ask(QuestionService.NewQuestion request) {
        User author = caller.require();
        Question question = questions.ask(author, request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(question.id())).build())
                .entity(thread(question.id())).build();
    }

    @GET
    public Cursor.Page<QuestionSummary> list(@QueryParam("sort") QuestionQueries.Sort sort, @QueryParam("tag") String tag,
                                             @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        Cursor.Page<Question> page = queries.list(sort == null ? QuestionQueries.Sort.NEWEST : sort, tag,
                Cursor.limit(limit), cursor);
        return new Cursor.Page<>(page.items().stream().map(QuestionSummary::of).toList(), page.nextCursor());
    }

    @GET
    @Path("similar")
    public List<QuestionSummary> similar(@QueryParam("title") String title) {
        return queries.similar(title).stream().map(QuestionSummary::of).toList();
    }

    @GET
    @Path("{id}")
    public QuestionDto question(@PathParam("id") long id, @Context jakarta.servlet.http.HttpServletRequest request) {
        QuestionDto thread = thread(id);
        questions.recordView(id, clients.visitor(request, caller.id()));
        return thread;
    }

    @PATCH
    @Path("{id}")
    public QuestionDto edit(@PathParam("id") long id, QuestionService.QuestionEdit edit) {
        questions.edit(caller.require(), id, edit);
        return thread(id);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        questions.deleteQuestion(caller.require(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/revisions")
    public List<RevisionDto> revisions(@PathParam("id") long id) {
        questions.visibleQuestion(id, caller.optional().orElse(null));
        return queries.revisions(id).stream().map(RevisionDto::of).toList();
    }

    @POST
    @Path("{id}/answers")
    public Response answer(@PathParam("id") long id, QuestionService.PostBody body) {
        Answer answer = questions.answer(caller.require(), id, body);
        return Response.created(uri.getBaseUriBuilder().path("answers").path(String.valueOf(answer.id())).build())
                .entity(threads.answer(answer, Map.of(), Map.of())).build();
    }

    @PUT
    @Path("{id}/accepted-answer")
    public QuestionDto accept(@PathParam("id") long id, AcceptRequest request) {
        questions.accept(caller.require(), id, request == null ? null : request.answerId());
        return thread(id);
    }

    @DELETE
    @Path("{id}/accepted-answer")
    public QuestionDto unaccept(@PathParam("id") long id) {
        questions.unaccept(caller.require(), id);
        return thread(id);
    }

    private QuestionDto thread(long id) {
        return threads.visibleThread(id, caller.optional().orElse(null));
    }
}
