package dev.peerdesk.notification.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The signed token of a one-click unsubscribe link (RFC 8058): user id and notification type with an
 * HMAC-SHA256 over both, so the link works without signing in and cannot be forged for someone else.
 */
public final class UnsubscribeTokens {

    /** {@code type} null: the digest. */
    public record Subject(long userId, NotificationType type) {
    }

    private static final String DIGEST = "DIGEST";

    private UnsubscribeTokens() {
    }

    /** {@code type} null: the daily digest's link (every type the user gets by digest). */
    public static String sign(byte[] key, long userId, NotificationType type) {
        String payload = userId + "." + (type == null ? DIGEST : type.name());
        return payload + "." + mac(key, payload);
    }

    public static Optional<Subject> verify(byte[] key, String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(mac(key, payload).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Subject(Long.parseLong(parts[0]),
                    DIGEST.equals(parts[1]) ? null : NotificationType.valueOf(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String mac(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
