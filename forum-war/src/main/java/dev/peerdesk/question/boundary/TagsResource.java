package dev.peerdesk.question.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.question.entity.Tag;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

@Path("tags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TagsResource {

    @PersistenceContext
    EntityManager em;

    @GET
    public List<TagDto> tags(@QueryParam("sort") String sort, @QueryParam("limit") Integer limit) {
        String order = switch (sort == null ? "popular" : sort) {
            case "popular" -> "t.questionCount DESC, t.name";
            case "name" -> "t.name";
            default -> throw Refusal.invalid("sort", "must be popular or name");
        };
        int max = dev.peerdesk.platform.rest.Cursor.limit(limit);
        return em.createQuery("SELECT t FROM Tag t WHERE t.questionCount > 0 ORDER BY " + order, Tag.class)
                .setMaxResults(max).getResultStream()
                .map(t -> new TagDto(t.name(), t.questionCount(), t.description()))
                .toList();
    }
}
