package dev.peerdesk.vote.boundary;

import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /admin/reputation/fraud-check}: runs the vote-fraud job now (it also runs on a schedule). */
@Path("admin/reputation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VoteFraudResource {

    @Inject
    VoteFraudService fraud;

    @Inject
    Caller caller;

    @POST
    @Path("fraud-check")
    public VoteFraudService.Report fraudCheck() {
        return fraud.runNow(caller.require());
    }
}
