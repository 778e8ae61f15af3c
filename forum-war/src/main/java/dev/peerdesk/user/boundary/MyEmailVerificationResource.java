package dev.peerdesk.user.boundary;

import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /users/me/email-verification} (signed in) → 202: the confirmation link is mailed again. */
@Path("users/me/email-verification")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyEmailVerificationResource {

    @Inject
    AccountEmailService accounts;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response sendAgain() {
        accounts.sendVerification(caller.require().id());
        return Response.accepted().build();
    }
}
