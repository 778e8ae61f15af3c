package dev.peerdesk.platform.http;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Redirects inside this site with a relative {@code Location} (RFC 9110 allows it). The container's
 * {@code sendRedirect} would turn the path into an absolute URL built from the request's
 * {@code Host} header, which any client (or a poisoned cache in front of us) can set.
 */
public final class Redirects {

    private Redirects() {
    }

    /** {@code path} must already be a safe in-site path starting with one slash. */
    public static void seeOther(HttpServletResponse response, String path) {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", path);
    }
}
