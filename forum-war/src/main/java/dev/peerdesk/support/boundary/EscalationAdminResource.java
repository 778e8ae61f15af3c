package dev.peerdesk.support.boundary;

import dev.peerdesk.user.control.Caller;
import dev.peerdesk.support.control.EscalationPolicyStore.PolicyDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The escalation policy and the sweep on demand (ADMIN). */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EscalationAdminResource {

    @Inject
    EscalationService escalation;

    @Inject
    Caller caller;

    @GET
    @Path("escalation-policy")
    public PolicyDto policy() {
        return escalation.policy(caller.require());
    }

    /** Fields not sent stay as they are; {@code "businessHours": null} turns business hours off. */
    @PUT
    @Path("escalation-policy")
    public PolicyDto changePolicy(JsonObject change) {
        return escalation.changePolicy(caller.require(), change);
    }

    @POST
    @Path("escalation/sweep")
    public EscalationService.SweepResult sweep() {
        return escalation.sweep(caller.require());
    }
}
