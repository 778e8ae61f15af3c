package dev.peerdesk.platform.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The pages' sign-in: the session token itself in a cookie of our own rather than in an HTTP
 * session, so that a signed-in page needs no server-side session and every node recognises it.
 * The {@code Set-Cookie} header is written by hand because Payara Micro drops attributes it does not
 * know (SameSite) from cookies configured in web.xml or built with {@link Cookie}.
 */
public final class SessionCookie {

    public static final String NAME = "peerdesk_session";

    private SessionCookie() {
    }

    public static Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> NAME.equals(c.getName())).map(Cookie::getValue)
                .filter(v -> v != null && !v.isBlank()).findFirst();
    }

    /**
     * {@code HttpOnly} (no script reads it), {@code SameSite=Lax} (no other site's form or script sends
     * it along with a write), {@code Secure} whenever the visitor came over HTTPS.
     */
    public static void set(HttpServletResponse response, String token, Duration maxAge, boolean secure) {
        response.addHeader("Set-Cookie", header(token, maxAge.toSeconds(), secure));
    }

    public static void clear(HttpServletResponse response, boolean secure) {
        response.addHeader("Set-Cookie", header("", 0, secure));
    }

    static String header(String value, long maxAgeSeconds, boolean secure) {
        return NAME + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }
}
