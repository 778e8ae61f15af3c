package dev.peerdesk.reputation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** {@code /users/{id}/reputation} and {@code /privileges}: merged by Jersey with the user feature's {@code UsersResource}. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserReputationResource {

    @Inject
    ReputationService reputation;

    @GET
    @Path("{id}/reputation")
    public ReputationService.History reputation(@PathParam("id") long id, @QueryParam("limit") Integer limit,
                                                @QueryParam("cursor") String cursor) {
        return reputation.history(id, limit, cursor);
    }

    @GET
    @Path("{id}/privileges")
    public List<PrivilegeDto> privileges(@PathParam("id") long id) {
        return reputation.privileges(id).stream()
                .map(p -> new PrivilegeDto(p.privilege().name(), p.threshold(), p.granted())).toList();
    }

    public record PrivilegeDto(String name, int threshold, boolean granted) {
    }
}
