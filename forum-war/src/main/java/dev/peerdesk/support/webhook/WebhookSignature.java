package dev.peerdesk.support.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The {@code X-Peerdesk-Signature} header: {@code sha256=} and the lowercase hex HMAC-SHA256 of the
 * exact UTF-8 body bytes, keyed with the webhook's secret. A receiver recomputes it over the raw
 * body it got (before parsing) and compares in constant time, which proves the event came from us
 * and was not altered on the way.
 */
public final class WebhookSignature {

    public static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    public static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is a required algorithm of every Java platform: this cannot happen
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
