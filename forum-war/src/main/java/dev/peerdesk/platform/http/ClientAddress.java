package dev.peerdesk.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who is really on the other end of a request. The socket's address, unless that address is one of
 * the reverse proxies an operator trusts ({@code FORUM_TRUSTED_PROXIES}, addresses or CIDR ranges):
 * then the proxy's own {@code X-Forwarded-For} entry (the right-most one it appended) and
 * {@code X-Forwarded-Proto} count. Headers any client can set are never believed otherwise, so
 * per-address limits cannot be dodged by inventing addresses.
 */
@ApplicationScoped
public class ClientAddress {

    private final List<Range> trusted;

    @Inject
    public ClientAddress(@ConfigProperty(name = "FORUM_TRUSTED_PROXIES", defaultValue = " ") String trustedProxies) {
        this.trusted = parse(trustedProxies);
    }

    protected ClientAddress() { // CDI proxy
        this.trusted = List.of();
    }

    /** The client's address (IPv4 or IPv6 text). */
    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For") == null ? List.of()
                : java.util.Collections.list(request.getHeaders("X-Forwarded-For")), trusted);
    }

    /**
     * Who is looking, for counting views once: the user when signed in, else the address and the
     * browser (people behind one address mostly differ in their browsers).
     */
    public String visitor(HttpServletRequest request, Optional<Long> userId) {
        if (userId.isPresent()) {
            return "u" + userId.get();
        }
        String agent = request.getHeader("User-Agent");
        return "a" + of(request) + "#" + (agent == null ? 0 : agent.hashCode());
    }

    /** Whether the client reached us over HTTPS (directly, or through a trusted proxy that says so). */
    /** {@code https://host:port} as the browser asked for it (the scheme through a TLS proxy too). */
    public String origin(HttpServletRequest request) {
        return (secure(request) ? "https://" : "http://") + request.getHeader("Host");
    }

    public boolean secure(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        if (!isTrusted(request.getRemoteAddr(), trusted)) {
            return false;
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        return proto != null && proto.strip().toLowerCase().startsWith("https");
    }

    /**
     * Walks the forwarding chain from the socket backwards: each hop that is a trusted proxy may name
     * the one before it; the first untrusted address is the client.
     */
    static String resolve(String remote, List<String> forwardedForHeaders, List<Range> trusted) {
        String client = remote;
        if (!isTrusted(client, trusted)) {
            return client;
        }
        List<String> hops = forwardedForHeaders.stream()
                .flatMap(h -> Arrays.stream(h.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop).isEmpty()) {
                return client; // garbage in the header: stop at the last address we could vouch for
            }
            client = hop;
            if (!isTrusted(client, trusted)) {
                return client;
            }
        }
        return client;
    }

    static boolean isTrusted(String address, List<Range> trusted) {
        Optional<InetAddress> parsed = literal(address);
        return parsed.isPresent() && trusted.stream().anyMatch(r -> r.contains(parsed.get()));
    }

    static List<Range> parse(String config) {
        if (config == null || config.isBlank()) {
            return List.of();
        }
        return Arrays.stream(config.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Range::parse).toList();
    }

    /** An IP literal only: never a DNS lookup for a header value. */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        boolean ipv4 = t.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = t.contains(":") && t.matches("[0-9a-fA-F:.%a-zA-Z0-9]+");
        if (!ipv4 && !ipv6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(t));
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** An address or a CIDR range such as {@code 10.0.0.0/8}. */
    record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            String[] parts = text.split("/", 2);
            InetAddress address = literal(parts[0]).orElseThrow(() ->
                    new IllegalArgumentException("FORUM_TRUSTED_PROXIES: '" + text + "' is not an IP address or CIDR range"));
            int bits = address.getAddress().length * 8;
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : bits;
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("FORUM_TRUSTED_PROXIES: bad prefix in '" + text + "'");
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress candidate) {
            byte[] bytes = candidate.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
