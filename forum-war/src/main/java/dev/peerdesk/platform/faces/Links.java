package dev.peerdesk.platform.faces;

import dev.peerdesk.platform.text.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** The URLs of pages, in one place: {@code #{links.question(q.id(), q.title())}}. */
@Named("links")
@ApplicationScoped
public class Links {

    @jakarta.inject.Inject
    dev.peerdesk.platform.http.ClientAddress clients;

    /**
     * {@code path} (after the context path) as an absolute address on the host the browser asked, for
     * {@code rel=canonical}: search engines want it absolute. The visitors' page cache keys pages by
     * scheme and host, so a stored page never names another host.
     */
    public String absolute(String path) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest();
        return clients.origin(request) + context() + path;
    }

    public String home() {
        return context() + "/";
    }

    public String question(long id, String title) {
        return context() + questionPath(id, title);
    }

    public static String questionPath(long id, String title) {
        return "/questions/" + id + "/" + Slugs.of(title);
    }

    public String tag(String name) {
        return context() + "/index.xhtml?tag=" + Pages.encode(name);
    }

    public String user(long id) {
        return context() + "/users/profile.xhtml?id=" + id;
    }

    /** Sign in, then come back to the page being shown (or, from the login pages, where they lead). */
    public String loginHere() {
        return context() + Pages.loginFor(here());
    }

    public String registerHere() {
        return context() + "/register.xhtml?return=" + Pages.encode(here());
    }

    public String login(String returnPath) {
        return context() + Pages.loginFor(returnPath);
    }

    /** The path and query the browser shows, also when a pretty URL was forwarded to a page. */
    public String here() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance()
                .getExternalContext().getRequest();
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            return "/"; // an error page: the page asked for does not exist
        }
        String uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        String path = uri.substring(request.getContextPath().length());
        if (path.equals("/login.xhtml") || path.equals("/register.xhtml")) {
            return Pages.safeReturn(request.getParameter("return"));
        }
        return Pages.safeReturn(query == null ? path : path + "?" + query);
    }

    private static String context() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }
}
