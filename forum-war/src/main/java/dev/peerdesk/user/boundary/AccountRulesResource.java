package dev.peerdesk.user.boundary;

import dev.peerdesk.user.control.AccountRulesStore.AccountRulesDto;
import dev.peerdesk.user.control.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET|PUT /admin/account-rules} (ADMIN): {@code {requireVerifiedEmailToPost: false}} — whether
 * members must confirm their e-mail address before they may post, vote, flag or comment.
 */
@Path("admin/account-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountRulesResource {

    @Inject
    AccountRulesService rules;

    @Inject
    Caller caller;

    @GET
    public AccountRulesDto current() {
        return rules.current(caller.require());
    }

    @PUT
    public AccountRulesDto change(AccountRulesDto change) {
        return rules.change(caller.require(), change);
    }
}
