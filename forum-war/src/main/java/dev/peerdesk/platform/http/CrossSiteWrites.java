package dev.peerdesk.platform.http;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * No other site can make a visitor's browser write here (cross-site request forgery). Browsers say
 * where a request comes from ({@code Sec-Fetch-Site}, and {@code Origin} on every unsafe request);
 * a write that another site started is refused before anything runs. Requests that carry neither
 * header are not from a browser page (curl, an integration), and have no cookie to abuse
 * anyway: the API accepts only bearer tokens for writes. The session cookie's {@code SameSite=Lax}
 * is the second line of the same defence.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CrossSiteWrites extends HttpFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    ClientAddress clients;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(request.getMethod()) || sameSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(403);
        response.setCharacterEncoding("UTF-8");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"This request was sent by another web site; Peerdesk accepts changes only from its own pages"
                    + " or from API clients with a bearer token\",\"errors\":[]}");
        } else {
            response.setContentType("text/plain");
            response.getWriter().write("This form was sent from another web site, so Peerdesk ignored it. "
                    + "Open Peerdesk itself and try again there.");
        }
    }

    private boolean sameSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            String site = fetchSite.strip().toLowerCase(Locale.ROOT);
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        return sameOrigin(origin, (clients.secure(request) ? "https" : "http"), request.getHeader("Host"));
    }

    /** Whether {@code origin} is this server as the browser addressed it (scheme, host and port). */
    static boolean sameOrigin(String origin, String scheme, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI o = URI.create(origin.strip());
            URI self = URI.create(scheme + "://" + host.strip());
            // a TLS proxy that is not configured as trusted makes https look like http here: then the
            // scheme (and with it the default port) cannot be compared, the host still can
            boolean sameScheme = scheme.equalsIgnoreCase(o.getScheme());
            return self.getHost() != null && self.getHost().equalsIgnoreCase(o.getHost())
                    && (!sameScheme || port(o) == port(self));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
