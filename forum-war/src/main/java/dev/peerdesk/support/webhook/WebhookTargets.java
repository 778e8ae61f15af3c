package dev.peerdesk.support.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a webhook may point. A registered URL makes this server send requests, so an address inside
 * the server's own network (loopback, private ranges, link-local with the cloud metadata service,
 * carrier-grade NAT, unique-local IPv6, multicast, "any") would let an admin-level mistake or a
 * stolen admin token probe what only the server can reach. Those are refused unless the webhook was
 * registered with {@code allowPrivateNetwork: true}. Checked when registering and again before
 * every delivery, because a name may resolve elsewhere later.
 */
final class WebhookTargets {

    private WebhookTargets() {
    }

    /** Why the URL may not be used, if it may not; a name that does not resolve now is not refused. */
    static Optional<String> refusal(String url) {
        String host = URI.create(url).getHost();
        if (host == null) {
            return Optional.of("has no host");
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses;
        try {
            addresses = Arrays.asList(InetAddress.getAllByName(bare));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return addresses.stream().filter(WebhookTargets::internal).findFirst()
                .map(a -> "points to " + a.getHostAddress() + ", an address of a local or private network;"
                        + " register it with \"allowPrivateNetwork\": true if that is really meant");
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0                                   // "this network"
                || (first == 100 && second >= 64 && second < 128) // 100.64.0.0/10 carrier-grade NAT
                || (first == 198 && (second == 18 || second == 19)) // benchmarking
                || first >= 240;                            // reserved, broadcast
    }
}
