package dev.peerdesk.question.boundary;

import dev.peerdesk.platform.text.EnumNames;
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

    /** {@code ?sort=popular|name}. */
    @EnumNames.LowerCase
    public enum Sort { POPULAR, NAME }

    @GET
    public List<TagDto> tags(@QueryParam("sort") Sort sort, @QueryParam("limit") Integer limit) {
        String order = sort == Sort.NAME ? "t.name" : "t.questionCount DESC, t.name";
        int max = dev.peerdesk.platform.rest.Cursor.limit(limit);
        return em.createQuery("SELECT t FROM Tag t WHERE t.questionCount > 0 ORDER BY " + order, Tag.class)
                .setMaxResults(max).getResultStream()
                .map(t -> new TagDto(t.name(), t.questionCount(), t.description()))
                .toList();
    }
}
