package dev.peerdesk.moderation.boundary;

import dev.peerdesk.moderation.control.ModerationRulesStore.RulesDto;
import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("admin/moderation-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModerationRulesResource {

    @Inject
    ModerationService moderation;

    @Inject
    Caller caller;

    @GET
    public RulesDto rules() {
        return moderation.rules(caller.require());
    }

    /** A subset is enough: what is not sent stays as it is. */
    @PUT
    public RulesDto change(RulesDto change) {
        return moderation.changeRules(caller.require(), change);
    }
}
