package dev.peerdesk.user.boundary;

import java.util.List;

/**
 * The badges shown with a user. Badges are awarded by the reputation feature, which depends on this
 * one; it implements this port so that user never imports reputation.
 */
public interface UserBadges {

    List<UserDto.BadgeDto> badgesOf(long userId);
}
