package dev.peerdesk.reputation.control;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.reputation.Privilege;
import dev.peerdesk.reputation.Privileges;
import dev.peerdesk.reputation.ReputationRules;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Refuses actions the user has not earned yet, naming the privilege and what it takes (403). */
@ApplicationScoped
public class PrivilegeGate {

    @Inject
    ReputationRulesStore rules;

    public boolean has(User user, Privilege privilege) {
        return Privileges.check(user.reputation(), privilege, user.staff(), rules.current());
    }

    public void require(User user, Privilege privilege, String action) {
        ReputationRules current = rules.current();
        if (!Privileges.check(user.reputation(), privilege, user.staff(), current)) {
            throw Refusal.notAllowed(action + " needs the " + privilege.name() + " privilege ("
                    + current.threshold(privilege) + " reputation); you have " + user.reputation());
        }
    }
}
