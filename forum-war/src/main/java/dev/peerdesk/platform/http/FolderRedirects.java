package dev.peerdesk.platform.http;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /moderation} → {@code /moderation/}: the container would answer these folder URLs itself
 * with an absolute redirect built from the request's {@code Host} header; mapped here, they get a
 * relative one ({@link Redirects}) instead.
 */
@WebServlet(urlPatterns = {"/moderation", "/support", "/admin", "/users", "/question", "/resources"})
public class FolderRedirects extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString();
        Redirects.seeOther(response, request.getContextPath() + request.getServletPath() + "/"
                + (query == null ? "" : "?" + query));
    }
}
