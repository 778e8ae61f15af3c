package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.audit.AuditLog;
import dev.peerdesk.platform.audit.Changes;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.user.control.AccountRulesStore;
import dev.peerdesk.user.control.AccountRulesStore.AccountRulesDto;
import dev.peerdesk.user.control.Roles;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The admin's account rules, for the API and the admin e-mail page alike; every change is audited. */
@ApplicationScoped
public class AccountRulesService {

    @Inject
    AccountRulesStore rules;

    @Inject
    AuditLog audit;

    public AccountRulesDto current(User admin) {
        Roles.require(admin, Role.ADMIN);
        return rules.current();
    }

    @Transactional
    public AccountRulesDto change(User admin, AccountRulesDto change) {
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
