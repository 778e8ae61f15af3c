package dev.peerdesk.support.webhook;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.errors.Checks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * The body of {@code POST /admin/webhooks}: {@code {url, events:[...], secret, allowPrivateNetwork?}};
 * {@code allowPrivateNetwork} (default false) lets a webhook reach a local or private address.
 */
public record WebhookRegistration(String url, List<String> events, String secret, Boolean allowPrivateNetwork) {

    public boolean privateNetworkAllowed() {
        return Boolean.TRUE.equals(allowPrivateNetwork);
    }

    public static final int URL_MAX = 500;
    public static final int SECRET_MIN = 16;
    public static final int SECRET_MAX = 200;

    /**
     * The registration checked and normalised (url stripped, events without repeats), or a 422
     * naming every offending field; a missing body is a 400.
     */
    public static WebhookRegistration validated(WebhookRegistration request) {
        if (request == null) {
            throw Refusal.malformed("Send {url, events:[...], secret} as JSON");
        }
        Checks checks = new Checks();
        String url = request.url() == null ? null : request.url().strip();
        checks.required("url", url);
        if (url != null) {
            checks.that(url.codePointCount(0, url.length()) <= URL_MAX, "url",
                            "must be at most " + URL_MAX + " characters")
                    .that(absoluteHttp(url), "url", "must be an absolute http:// or https:// URL");
        }
        List<String> events = request.events() == null ? null : request.events().stream().distinct().toList();
        checks.required("events", events);
        if (events != null) {
            checks.that(!events.isEmpty(), "events", "must name at least one event type");
            for (String event : events) {
                checks.that(event != null && Webhook.EVENT_TYPES.contains(event), "events",
                        "unknown event type '" + event + "'; use " + String.join(", ", Webhook.EVENT_TYPES));
            }
        }
        // the secret is an HMAC key: taken byte for byte, never stripped
        String secret = request.secret();
        checks.required("secret", secret);
        if (secret != null) {
            int length = secret.codePointCount(0, secret.length());
            checks.that(length >= SECRET_MIN && length <= SECRET_MAX, "secret",
                    "must be " + SECRET_MIN + "–" + SECRET_MAX + " characters (was " + length + ")");
        }
        checks.orThrow();
        return new WebhookRegistration(url, events, secret, request.allowPrivateNetwork());
    }

    private static boolean absoluteHttp(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
