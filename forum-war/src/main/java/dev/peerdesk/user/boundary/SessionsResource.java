package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.http.ClientAddress;
import dev.peerdesk.user.control.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.List;

@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionsResource {

    @Inject
    SessionService sessions;

    @Inject
    Caller caller;

    @Inject
    ClientAddress clients;

    @Context
    HttpServletRequest request;

    public record Credentials(String email, String password) {
    }

    public record SessionDto(String token, Instant expiresAt, UserDto user) {
    }

    @POST
    public SessionDto signIn(Credentials credentials) {
        if (credentials == null) {
            throw Refusal.malformed("Send {email, password} as JSON");
        }
        return sessions.signIn(credentials.email(), credentials.password(), clients.of(request))
                .map(s -> new SessionDto(s.token(), s.expiresAt(), UserDto.of(s.user(), List.of(), true)))
                .orElseThrow(() -> Refusal.signInRequired("Wrong e-mail or password"));
    }

    @DELETE
    @Path("current")
    public Response signOut(@HeaderParam("Authorization") String authorization) {
        caller.require();
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            sessions.signOut(authorization.substring(7).trim());
        }
        return Response.noContent().build();
    }
}
