package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /users/me/email-change {email, password}} (signed in) → 202: a confirmation link goes to
 * the new address only; the account's address changes when it is posted to
 * {@code POST /email-verifications/{token}}. 422 for a wrong current password or a malformed address,
 * 409 when another account uses it.
 */
@Path("users/me/email-change")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyEmailChangeResource {

    @Inject
    AccountEmailService accounts;

    @Inject
    Caller caller;

    public record EmailChange(String email, String password) {
    }

    @POST
    public Response change(EmailChange change) {
        long me = caller.require().id();
        if (change == null) {
            throw Refusal.malformed("Send {email, password} as JSON");
        }
        accounts.requestEmailChange(me, change.email(), change.password());
        return Response.accepted().build();
    }
}
