package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.rest.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * {@code POST /email-verifications/{token}} (anyone with the mailed link): confirms the account's
 * address, or the new address of an e-mail change (README), → 204; 404 unknown, 410 used or expired.
 */
@Path("email-verifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EmailVerificationsResource {

    @Inject
    AccountEmailService accounts;

    @POST
    @Path("{token}")
    @Consumes(MediaType.WILDCARD)
    public Response confirm(@PathParam("token") String token) {
        return answer(accounts.confirmEmail(token), "Confirmation link",
                "This confirmation link was used already or has expired; ask for a new one with"
                        + " POST /api/v1/users/me/email-verification");
    }

    static Response answer(AccountEmailService.Outcome outcome, String what, String gone) {
        return switch (outcome) {
            case DONE -> Response.noContent().build();
            case UNKNOWN -> throw ProblemException.notFound(what);
            case EXPIRED -> throw new ProblemException(410, "Gone", gone, List.of(), null);
        };
    }
}
