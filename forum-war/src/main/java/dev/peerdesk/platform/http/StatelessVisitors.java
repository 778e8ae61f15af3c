package dev.peerdesk.platform.http;

import dev.peerdesk.platform.security.SessionCookie;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Visitors' page views create no HTTP session (ARCHITECTURE.md: anonymous reads are stateless).
 * Their views are transient (layout.xhtml), but Faces still asks for a session for view-scoped beans;
 * for a request that carries neither a sign-in nor a session cookie that session lives only as long
 * as the request: it is never registered with the container, so no cookie is sent, no memory is held
 * after the response, and a crawler costs what a single page costs.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class StatelessVisitors extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // also on forwards (pretty question URLs) and error pages, which other filters may start
        // before this one ran; a request wrapped once is not wrapped again
        if (visitorWithoutSession(request) && !(request instanceof RequestOnlySession)
                && request.getAttribute(RequestOnlySession.MARK) == null) {
            request.setAttribute(RequestOnlySession.MARK, Boolean.TRUE);
            chain.doFilter(new RequestOnlySession(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** A visitor: neither signed in nor holding a session (the page cache serves only them). */
    public static boolean visitorWithoutSession(HttpServletRequest request) {
        if (SessionCookie.token(request).isPresent()) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        return cookies == null || Arrays.stream(cookies).noneMatch(c -> c.getName().equalsIgnoreCase("JSESSIONID"));
    }

    private static final class RequestOnlySession extends HttpServletRequestWrapper {

        static final String MARK = RequestOnlySession.class.getName();

        private HttpSession session;

        RequestOnlySession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (session == null && create) {
                session = new Transient(getServletContext());
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            return session == null ? null : session.getId();
        }
    }

    /** Attributes for the length of one request; nothing else. */
    private static final class Transient implements HttpSession {

        private final Map<String, Object> attributes = new ConcurrentHashMap<>();
        private final String id = "request-" + UUID.randomUUID();
        private final long created = System.currentTimeMillis();
        private final ServletContext context;
        private int maxInactive = 60;

        Transient(ServletContext context) {
            this.context = context;
        }

        @Override
        public long getCreationTime() {
            return created;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public long getLastAccessedTime() {
            return created;
        }

        @Override
        public ServletContext getServletContext() {
            return context;
        }

        @Override
        public void setMaxInactiveInterval(int interval) {
            this.maxInactive = interval;
        }

        @Override
        public int getMaxInactiveInterval() {
            return maxInactive;
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }

        @Override
        public void invalidate() {
            attributes.clear();
        }

        @Override
        public boolean isNew() {
            return true;
        }
    }
}
