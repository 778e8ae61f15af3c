package dev.peerdesk.platform.http;

import dev.peerdesk.platform.rest.ProblemException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Request addresses that Payara's connector refuses before any filter or servlet runs
 * ({@code /users/%00}, {@code /%2e%2e/%2e%2e/etc}, {@code /users/%zz}, …) get a 400 problem document
 * like every other refusal, instead of the connector's bare {@code 400 Invalid URI} without a body
 * (or, for a broken percent-escape, an empty 200 and a stack trace in the log).
 *
 * <p>{@link MalformedUriProbe} looks at each raw address in the HTTP layer, before the connector
 * decodes it; a malformed one is marked with the request attribute {@link #ATTRIBUTE} (a client
 * cannot set request attributes) and sent on to {@link #TARGET}, a path the connector accepts and no
 * page or resource uses. This filter, mapped right after {@link SecurityHeaders}, answers every
 * request so marked. {@link #malformation} says what the connector refuses.
 */
public class MalformedUris extends HttpFilter {

    /** Request attribute: what is wrong with the address the client sent (set by {@link MalformedUriProbe}). */
    public static final String ATTRIBUTE = MalformedUris.class.getName();

    /** Where a malformed address is sent instead (inside the application, relative to its context path). */
    public static final String TARGET = "/malformed-address";

    static final String BROKEN_ESCAPE = "a % is not followed by two hexadecimal digits (a % sign itself is written %25)";
    static final String NOT_UTF8 = "its percent-encoded bytes are not UTF-8";
    static final String NUL = "it contains a NUL character (%00)";
    static final String BACKSLASH = "it contains a backslash (\\ or %5C); path segments are separated by /";
    static final String NOT_ABSOLUTE = "its path does not start with /";
    static final String ABOVE_ROOT = "its .. segments lead above the root of the site";
    static final String DOT_SEGMENT = "it has a segment of dots only (. or ...) that the server cannot resolve";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(ATTRIBUTE) instanceof String malformation) {
            BodySizeLimit.refuse(response, problem(malformation));
            return;
        }
        chain.doFilter(request, response);
    }

    static ProblemException problem(String malformation) {
        return ProblemException.badRequest("The address of this request is malformed: " + malformation
                + ". Correct the link, or the client that built the address.");
    }

    /**
     * What Payara's connector (Grizzly's decoder, then Catalina's normalisation) refuses in a raw
     * request path, or null when it accepts it: a broken percent-escape, percent-encoded bytes that
     * are not UTF-8 (the connector's URI encoding), a NUL or a backslash, a path that does not start
     * with {@code /}, {@code ..} segments above the root (after {@code //} and {@code /./} are
     * collapsed, as the connector does) and the dot segments its decoder cannot resolve. Characters
     * that arrive unencoded are taken as they are: when in doubt this says "accepted", so that nothing
     * the connector serves is refused here.
     */
    public static String malformation(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.equals("*")) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawPath.length());
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c != '%') {
                literal.append(c);
                continue;
            }
            if (i + 2 >= rawPath.length()) {
                return BROKEN_ESCAPE;
            }
            int high = Character.digit(rawPath.charAt(i + 1), 16);
            int low = Character.digit(rawPath.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return BROKEN_ESCAPE;
            }
            bytes.writeBytes(literal.toString().getBytes(StandardCharsets.UTF_8));
            literal.setLength(0);
            bytes.write(high * 16 + low);
            i += 2;
        }
        bytes.writeBytes(literal.toString().getBytes(StandardCharsets.UTF_8));
        String path;
        try {
            path = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return NOT_UTF8;
        }
        if (path.indexOf('\0') >= 0) {
            return NUL;
        }
        if (path.indexOf('\\') >= 0) {
            return BACKSLASH;
        }
        if (!path.startsWith("/")) {
            return NOT_ABSOLUTE;
        }
        return dotSegments(path);
    }

    /**
     * The connector's normalisation of a decoded path: {@code //} collapses, {@code .} segments go and
     * {@code ..} segments remove their parent, and a {@code ..} with no parent left is refused. Its
     * decoder also refuses a lone {@code /.} and a last segment of three or more dots, and reads a
     * segment of three or more dots inside the path as {@code ..}.
     */
    private static String dotSegments(String path) {
        String p = path;
        while (p.contains("//")) {
            p = p.replace("//", "/");
        }
        String[] segments = p.split("/", -1);
        if (path.equals("/.") || isDots(segments[segments.length - 1])) {
            return DOT_SEGMENT;
        }
        boolean manyDots = false;
        for (int i = 1; i < segments.length - 1; i++) {
            if (isDots(segments[i])) {
                segments[i] = "..";
                manyDots = true;
            }
        }
        if (!leavesRoot(String.join("/", segments))) {
            return null;
        }
        return manyDots ? DOT_SEGMENT : ABOVE_ROOT;
    }

    /** Three or more dots and nothing else. */
    private static boolean isDots(String segment) {
        return segment.length() >= 3 && segment.chars().allMatch(c -> c == '.');
    }

    /** Catalina's normalisation of a decoded path: does a {@code ..} segment climb above {@code /}? */
    private static boolean leavesRoot(String path) {
        String p = path;
        if (p.length() > 2 && (p.endsWith("/.") || p.endsWith("/.."))) {
            p = p + "/";
        }
        for (int i = p.indexOf("/./"); i >= 0; i = p.indexOf("/./")) {
            p = p.substring(0, i) + p.substring(i + 2);
        }
        for (int i = p.indexOf("/../"); i >= 0; i = p.indexOf("/../")) {
            if (i == 0) {
                return true;
            }
            p = p.substring(0, p.lastIndexOf('/', i - 1)) + p.substring(i + 3);
        }
        return false;
    }
}
