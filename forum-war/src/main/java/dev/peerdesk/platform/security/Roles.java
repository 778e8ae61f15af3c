package dev.peerdesk.platform.security;

import dev.peerdesk.platform.rest.ProblemException;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;

/** Role checks for staff-only actions: a 403 naming the role that is needed. */
public final class Roles {

    private Roles() {
    }

    public static void require(User user, Role role) {
        if (!user.has(role)) {
            throw ProblemException.forbidden("Only an " + role + " can do this");
        }
    }

    /** Moderators, and admins, who may do everything a moderator may. */
    public static void requireModerator(User user) {
        if (!user.moderator()) {
            throw ProblemException.forbidden("Only a moderator can do this");
        }
    }
}
