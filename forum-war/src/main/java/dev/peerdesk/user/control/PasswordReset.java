package dev.peerdesk.user.control;

/**
 * A password was set through a reset link (fired inside that transaction): every session has ended,
 * and the moderation feature clears the sign-in throttle of {@code account} (the lower-cased
 * e-mail), so the owner can sign in at once with the new password.
 */
public record PasswordReset(long userId, String account) {
}
