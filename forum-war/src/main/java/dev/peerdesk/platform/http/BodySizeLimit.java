package dev.peerdesk.platform.http;

import dev.peerdesk.platform.rest.Problem;
import dev.peerdesk.platform.rest.ProblemException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Refuses request bodies over {@link #limitFor the limit} with 413 and a problem document before
 * anything reads them: up front when {@code Content-Length} says so, and while reading when a body
 * comes without one (chunked), so a client cannot stream an endless body into a JSON parser.
 * Also answers a GET or HEAD with a body with a problem document (the HTTP layer lets such
 * requests through so that they get one, instead of a bare 400).
 */
public class BodySizeLimit extends HttpFilter {

    /** JSON bodies: far more than any question, answer or ticket message may be. */
    public static final long JSON_LIMIT = 1024 * 1024;

    private static final Jsonb JSON = JsonbBuilder.create();

    /**
     * The limit for a request path. One limit today; an endpoint that takes raw mail (larger
     * bodies) gets its own entry here rather than raising the limit for everything.
     */
    static long limitFor(String path) {
        return path.equals("/api/v1/inbound-mail") ? MAIL_LIMIT : JSON_LIMIT;
    }

    /** Raw mail from relays (issue 13): a message with attachments, up to 10 MiB. */
    public static final long MAIL_LIMIT = 10L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limitFor(path);
        long declared = request.getContentLengthLong();
        boolean hasBody = declared > 0 || request.getHeader("Transfer-Encoding") != null;
        if (hasBody && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && path.startsWith("/api/")) {
            refuse(response, ProblemException.badRequest("A " + request.getMethod() + " request has no body; send it without one"));
            return;
        }
        if (declared > limit) {
            refuse(response, tooLarge(limit));
            return;
        }
        chain.doFilter(declared < 0 ? new Capped(request, limit) : request, response);
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "Content too large",
                "The request body is larger than " + (limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MiB" : limit / 1024 + " KiB"), List.of(), null);
    }

    /** Answers with the problem document (also used by {@link MalformedUris}). */
    static void refuse(HttpServletResponse response, ProblemException problem) throws IOException {
        Problem document = problem.toProblem();
        byte[] body = JSON.toJson(document).getBytes(StandardCharsets.UTF_8);
        response.setStatus(document.status());
        response.setContentType(Problem.MEDIA_TYPE);
        // the unread body is not worth receiving: close the connection instead of draining it
        response.setHeader("Connection", "close");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A request whose body stream fails with a 413 problem once it has delivered more than the limit. */
    private static final class Capped extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CappedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CappedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        CappedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                // a ProblemException: the problem mappers find it however deep a parser wraps it
                throw tooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
