package dev.peerdesk.user.boundary;

import dev.peerdesk.user.entity.Plan;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;

import java.time.Instant;
import java.util.List;

/**
 * {@code User} of API.md; email (and whether it is confirmed), roles, plan and skills only for the user
 * themself and staff.
 */
public record UserDto(long id, String displayName, int reputation, List<BadgeDto> badges, Instant createdAt,
                      List<Role> roles, Plan plan, String email, Boolean emailVerified, List<String> skills) {

    public record BadgeDto(String name, Instant awardedAt) {
    }

    public static UserDto of(User user, List<BadgeDto> badges, boolean privateFields) {
        if (!privateFields) {
            return new UserDto(user.id(), user.displayName(), user.reputation(), badges, user.createdAt(),
                    null, null, null, null, null);
        }
        return new UserDto(user.id(), user.displayName(), user.reputation(), badges, user.createdAt(),
                List.copyOf(user.roles()), user.plan(), user.email(), user.emailVerified(), user.skills());
    }
}
