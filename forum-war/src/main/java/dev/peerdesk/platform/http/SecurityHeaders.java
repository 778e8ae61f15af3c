package dev.peerdesk.platform.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Security headers on every response the application writes: API, pages, static resources and
 * error pages (mapped for REQUEST, FORWARD and ERROR dispatches in web.xml).
 *
 * <p>Faces pages get their Content-Security-Policy from PrimeFaces' CSP mode ({@code primefaces.CSP}
 * and {@code primefaces.CSP_POLICY} in web.xml), which appends the per-view nonce that its own
 * scripts carry. Everything else gets {@link #DEFAULT_POLICY}. Two CSP headers would both be
 * enforced, so when PrimeFaces adds its policy it <em>replaces</em> the default instead.
 */
public class SecurityHeaders extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    /** JSON, images, style sheets and scripts as files: nothing in them may load or run anything. */
    static final String DEFAULT_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, DEFAULT_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            // scripts and styles are cached for a week and the connector gzips them for browsers that
            // accept it: a shared cache must keep the two versions apart
            response.setHeader("Vary", "Accept-Encoding");
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (CSP.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
