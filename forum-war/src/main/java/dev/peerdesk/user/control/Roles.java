package dev.peerdesk.user.control;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;

/** Role checks for staff-only actions: a 403 naming the role that is needed. */
public final class Roles {

    private Roles() {
    }

    public static void require(User user, Role role) {
        if (!user.has(role)) {
            throw Refusal.notAllowed("Only an " + role + " can do this");
        }
    }

    /** Moderators, and admins, who may do everything a moderator may. */
    public static void requireModerator(User user) {
        if (!user.moderator()) {
            throw Refusal.notAllowed("Only a moderator can do this");
        }
    }
}
