package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.errors.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /password-resets {email}} → 202 whether or not an account uses the address;
 * {@code POST /password-resets/{token} {password}} → 204 and every session of the account ends;
 * 404 unknown, 410 used or expired (a link works for one hour).
 */
@Path("password-resets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetsResource {

    @Inject
    AccountEmailService accounts;

    public record ResetRequest(String email) {
    }

    public record NewPassword(String password) {
    }

    @POST
    public Response request(ResetRequest request) {
        if (request == null) {
            throw Refusal.malformed("Send {email} as JSON");
        }
        accounts.requestPasswordReset(request.email());
        return Response.accepted().build();
    }

    @POST
    @Path("{token}")
    public Response reset(@PathParam("token") String token, NewPassword password) {
        if (password == null) {
            throw Refusal.malformed("Send {password} as JSON");
        }
        return EmailVerificationsResource.answer(accounts.resetPassword(token, password.password()),
                "Password reset link", "This password reset link was used already or has expired (links work"
                        + " for one hour); ask for a new one with POST /api/v1/password-resets");
    }
}
