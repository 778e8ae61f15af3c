package dev.peerdesk.reputation.boundary;

import dev.peerdesk.user.control.Caller;
import dev.peerdesk.reputation.control.ReputationRulesStore.RulesDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("admin/reputation-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReputationRulesResource {

    @Inject
    ReputationService reputation;

    @Inject
    Caller caller;

    @GET
    public RulesDto rules() {
        return reputation.currentRules(caller.require());
    }

    /** A subset is enough: what is not sent stays as it is. */
    @PUT
    public RulesDto change(RulesDto change) {
        return reputation.changeRules(caller.require(), change);
    }
}
