package dev.peerdesk.search.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.question.boundary.QuestionSummary;
import dev.peerdesk.question.control.QuestionQueries;
import dev.peerdesk.search.control.Snippets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    QuestionQueries queries;

    @GET
    public Cursor.Page<QuestionSummary> search(@QueryParam("q") String q, @QueryParam("tag") String tag,
                                               @QueryParam("accepted") String accepted,
                                               @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        if (q == null || q.isBlank()) {
            throw Refusal.invalid("q", "is required: the words to search for");
        }
        if (q.length() > 200) {
            throw Refusal.invalid("q", "must be at most 200 characters");
        }
        Boolean acceptedFilter = switch (accepted == null ? "" : accepted) {
            case "" -> null;
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Refusal.invalid("accepted", "must be true or false");
        };
        var page = queries.search(q.strip(), tag, acceptedFilter, Cursor.limit(limit), cursor);
        return new Cursor.Page<>(page.items().stream()
                .map(hit -> QuestionSummary.of(hit.question(), Snippets.around(hit.question().body(), q)))
                .toList(), page.nextCursor());
    }
}
