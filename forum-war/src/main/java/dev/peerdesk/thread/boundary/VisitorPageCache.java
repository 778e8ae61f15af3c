package dev.peerdesk.thread.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.peerdesk.platform.http.ClientAddress;
import dev.peerdesk.platform.http.StatelessVisitors;
import dev.peerdesk.question.boundary.QuestionService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * Visitors' read pages from memory. What a visitor (not signed in, no session) sees of a read page is
 * the same for every visitor, so each node renders it at most once per {@code FORUM_PAGE_CACHE_TTL}
 * (default 5 s) and serves the stored bytes, with an {@code ETag} (a revalidating browser gets a 304)
 * and gzip when the browser takes it. Rendering a Faces page costs milliseconds of CPU; serving it
 * from here costs microseconds.
 *
 * <p>Freshness: signed-in people never get a stored page, so whoever changes something sees the
 * change at once. Any write on this node ({@code POST}/{@code PUT}/{@code PATCH}/{@code DELETE}) drops
 * the node's pages, so visitors of that node see it at once too; the other nodes' copies expire
 * within the TTL on their own (nothing needs to travel between nodes). {@code PT0S} turns it off.
 * The cache holds at most {@code FORUM_PAGE_CACHE_MB} megabytes; the least used pages go first.
 *
 * <p>Declared in web.xml after the platform filters, so it runs before the pretty question URLs are
 * forwarded and keeps counting question views for the pages it serves.
 */
public class VisitorPageCache extends HttpFilter {

    /** The read pages whose visitor version is the same for everybody (no tokens, no forms with state). */
    private static final Pattern CACHEABLE = Pattern.compile(
            "^/(|index\\.xhtml|tags\\.xhtml|search\\.xhtml|leaderboard\\.xhtml|users/profile\\.xhtml"
                    + "|questions/\\d{1,18}(/[^/]*)?/?)$");
    private static final Pattern QUESTION = Pattern.compile("^/questions/(\\d{1,18})");
    /** Headers of the rendered page that a stored copy repeats (the nonce of the CSP goes with its page). */
    private static final List<String> KEPT = List.of("content-security-policy", "content-language", "link");

    record Page(byte[] body, byte[] gzipped, String contentType, Map<String, List<String>> headers, String etag) {

        int weight() {
            return body.length + gzipped.length + 512;
        }
    }

    @Inject
    @ConfigProperty(name = "FORUM_PAGE_CACHE_TTL", defaultValue = "PT5S")
    String ttl;

    @Inject
    @ConfigProperty(name = "FORUM_PAGE_CACHE_MB", defaultValue = "64")
    int megabytes;

    @Inject
    ClientAddress clients;

    @Inject
    QuestionService questions;

    private Cache<String, Page> pages;

    @Override
    public void init() throws ServletException {
        Duration lifetime = Duration.parse(ttl);
        if (!lifetime.isZero() && !lifetime.isNegative()) {
            pages = Caffeine.newBuilder().expireAfterWrite(lifetime)
                    .maximumWeight(megabytes * 1024L * 1024L).weigher((String key, Page page) -> page.weight())
                    .build();
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (pages == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!"GET".equals(request.getMethod())) {
            try {
                chain.doFilter(request, response);
            } finally {
                if (!"HEAD".equals(request.getMethod()) && !"OPTIONS".equals(request.getMethod())) {
                    pages.invalidateAll(); // a write on this node: its visitors see it at once
                }
            }
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!StatelessVisitors.visitorWithoutSession(request) || !CACHEABLE.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        // the host and scheme are part of the key: pages name their own absolute address
        String key = clients.origin(request) + request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Page page = pages.getIfPresent(key);
        if (page != null) {
            questionId(path).ifPresent(id -> questions.recordView(id, clients.visitor(request, Optional.empty())));
            send(page, request, response);
            return;
        }
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        if (capture.passedOn) {
            return; // an error page or a redirect went to the client directly
        }
        byte[] body = capture.body();
        String type = response.getContentType();
        if (response.getStatus() == HttpServletResponse.SC_OK && !capture.cookie && type != null
                && type.startsWith("text/html")) {
            page = new Page(body, gzip(body), type, capture.kept, etag(body));
            pages.put(key, page);
            send(page, request, response);
        } else {
            response.getOutputStream().write(body);
        }
    }

    private static Optional<Long> questionId(String path) {
        Matcher matcher = QUESTION.matcher(path);
        return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    private static void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(page.contentType());
        page.headers().forEach((name, values) -> {
            response.setHeader(name, values.get(0));
            values.stream().skip(1).forEach(value -> response.addHeader(name, value));
        });
        // browsers revalidate (cheap 304); shared caches keep nothing: signed-in people see other pages
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("ETag", page.etag());
        response.addHeader("Vary", "Accept-Encoding");
        String match = request.getHeader("If-None-Match");
        if (match != null && (match.contains(page.etag()) || match.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String encodings = request.getHeader("Accept-Encoding");
        boolean gzip = encodings != null && encodings.toLowerCase().contains("gzip");
        byte[] bytes = gzip ? page.gzipped() : page.body();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Holds the body back (and notes the page's own headers) so it can be stored before it is sent. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        private final Map<String, List<String>> kept = new LinkedHashMap<>();
        private ServletOutputStream stream;
        private PrintWriter writer;
        boolean cookie;
        boolean passedOn;

        Capture(HttpServletResponse response) {
            super(response);
        }

        byte[] body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, value);
            if (KEPT.contains(name.toLowerCase())) {
                kept.put(name, new ArrayList<>(List.of(value)));
            }
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, value);
            if (KEPT.contains(name.toLowerCase())) {
                kept.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }

        @Override
        public void addCookie(Cookie c) {
            cookie = true;
            super.addCookie(c);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            passedOn = true;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            passedOn = true;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            passedOn = true;
            super.sendRedirect(location);
        }

        @Override
        public void flushBuffer() {
            // held back until the page is complete
        }

        @Override
        public void resetBuffer() {
            bytes.reset();
        }

        @Override
        public void reset() {
            super.reset();
            bytes.reset();
            kept.clear();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("pages are written blocking");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }
    }
}
