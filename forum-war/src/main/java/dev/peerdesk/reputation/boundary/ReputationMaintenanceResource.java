package dev.peerdesk.reputation.boundary;

import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Operator tools: the ledger check. (Running the vote-fraud job now is the vote feature's {@code VoteFraudResource}, same root path.) */
@Path("admin/reputation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReputationMaintenanceResource {

    @Inject
    ReputationService reputation;

    @Inject
    Caller caller;

    /** Compares every total with its ledger; {@code fix=true} repairs any drift. */
    @POST
    @Path("recompute")
    public ReputationService.RecomputeReport recompute(@QueryParam("fix") boolean fix) {
        return reputation.recompute(caller.require(), fix);
    }
}
