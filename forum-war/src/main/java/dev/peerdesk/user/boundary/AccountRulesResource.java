package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.audit.AuditLog;
import dev.peerdesk.platform.audit.Changes;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.user.control.AccountRulesStore;
import dev.peerdesk.user.control.AccountRulesStore.AccountRulesDto;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.user.control.Roles;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
    AccountRulesStore rules;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @GET
    public AccountRulesDto current() {
        Roles.require(caller.require(), Role.ADMIN);
        return rules.current();
    }

    @PUT
    @Transactional
    public AccountRulesDto change(AccountRulesDto change) {
        User admin = caller.require();
        Roles.require(admin, Role.ADMIN);
        if (change == null) {
            throw Refusal.malformed("Send {requireVerifiedEmailToPost: true|false} as JSON");
        }
        boolean before = rules.requireVerifiedEmailToPost();
        AccountRulesDto changed = rules.change(change);
        audit.record(admin.id(), "ACCOUNT_RULES_CHANGED", "SETTING", 0,
                Changes.of("Require a confirmed e-mail to post", before, changed.requireVerifiedEmailToPost()));
        return changed;
    }
}
