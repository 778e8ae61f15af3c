package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.http.ClientAddress;
import dev.peerdesk.user.control.Caller;
import jakarta.servlet.http.HttpServletRequest;
import dev.peerdesk.user.entity.Plan;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.util.List;

/** Accounts. Suspension ({@code UserSuspensionResource}) and reputation ({@code UserReputationResource}) live under the same path in their features. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    UserService users;

    @Inject
    Caller caller;

    /** Badges belong to reputation, a feature above this one; it provides them through this port. */
    @Inject
    UserBadges badges;

    @Context
    UriInfo uri;

    @Inject
    ClientAddress clients;

    public record RolesChange(List<Role> roles) {
    }

    public record PlanChange(Plan plan) {
    }

    public record SkillsChange(List<String> tags) {
    }

    @POST
    public Response register(UserService.Registration registration, @Context HttpServletRequest request) {
        User user = users.register(registration, clients.of(request));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(user.id())).build())
                .entity(UserDto.of(user, List.of(), true)).build();
    }

    @GET
    @Path("me")
    public UserDto me() {
        User me = caller.require();
        return UserDto.of(users.find(me.id()), badges.badgesOf(me.id()), true);
    }

    @GET
    @Path("{id}")
    public UserDto user(@PathParam("id") long id) {
        User user = users.find(id);
        boolean privateFields = caller.optional().map(c -> c.id().equals(user.id()) || c.staff()).orElse(false);
        return UserDto.of(user, badges.badgesOf(id), privateFields);
    }

    @PUT
    @Path("{id}/roles")
    public UserDto roles(@PathParam("id") long id, RolesChange change) {
        return UserDto.of(users.changeRoles(caller.require(), id, change == null ? null : change.roles()), List.of(), true);
    }

    @PUT
    @Path("{id}/plan")
    public UserDto plan(@PathParam("id") long id, PlanChange change) {
        return UserDto.of(users.changePlan(caller.require(), id, change == null ? null : change.plan()), List.of(), true);
    }

    @PUT
    @Path("{id}/skills")
    public UserDto skills(@PathParam("id") long id, SkillsChange change) {
        return UserDto.of(users.changeSkills(caller.require(), id, change == null ? null : change.tags()), List.of(), true);
    }
}
