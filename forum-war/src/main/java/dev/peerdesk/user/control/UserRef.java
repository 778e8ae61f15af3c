package dev.peerdesk.user.control;

import dev.peerdesk.user.entity.User;

/** {@code UserRef} of API.md: who wrote something. */
public record UserRef(long id, String displayName, int reputation) {

    public static UserRef of(User user) {
        return new UserRef(user.id(), user.displayName(), user.reputation());
    }
}
