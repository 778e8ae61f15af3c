package dev.peerdesk.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Main class of {@code peerdesk.jar} (and of the Docker image): maps Peerdesk's own configuration
 * keys onto Payara Micro's before handing over to it, so that {@code FORUM_HTTP_PORT=9090 java -jar
 * peerdesk.jar} works as README.md says. Command-line options still win.
 *
 * <p>Clustering is off unless asked for. Payara Micro on its own opens Hazelcast on every network
 * interface and finds other members by multicast, so two unrelated installations on one host or LAN
 * (staging and production, say) would form one data grid. Peerdesk's nodes coordinate through the
 * shared database and need no grid, so the default is {@code --nohazelcast}: no data grid at all,
 * hence no Hazelcast port. ({@code --nocluster} only turns discovery off: Payara still keeps a
 * one-member grid listening on every interface, on TCP 6900 or the next free port above it; and it
 * ignores {@code --nohazelcast} when {@code --nocluster} is given too.) With both
 * {@code FORUM_CLUSTER_NAME} and {@code FORUM_CLUSTER_PASSWORD} set, the node joins only nodes given
 * the same name and password (see {@link #clusterName}).
 */
public final class Launcher {

    /** Payara Micro options that already decide about clustering (its options are case-insensitive). */
    private static final Set<String> CLUSTER_OPTIONS = Set.of("--nohazelcast", "--nocluster", "--clustername",
            "--clusterpassword", "--hzconfigfile", "--mcaddress", "--mcport", "--clustermode", "--lite");

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        String port = System.getenv("FORUM_HTTP_PORT");
        if (port != null && !port.isBlank() && System.getProperty("payaramicro.port") == null) {
            System.setProperty("payaramicro.port", port.strip());
        }
        List<String> payaraArgs;
        try {
            payaraArgs = payaraArguments(List.of(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("peerdesk: " + e.getMessage());
            System.exit(2);
            return;
        }
        Class.forName("fish.payara.micro.PayaraMicro")
                .getMethod("main", String[].class)
                .invoke(null, (Object) payaraArgs.toArray(String[]::new));
    }

    /**
     * Payara Micro's arguments for Peerdesk's command line and environment: the command line as
     * given, plus {@code --nohazelcast}, or {@code --clustername} derived from both when both
     * {@code FORUM_CLUSTER_NAME} and {@code FORUM_CLUSTER_PASSWORD} are set; nothing is added when the
     * command line already has a clustering option.
     *
     * @throws IllegalArgumentException when only one of the two cluster settings is given
     */
    public static List<String> payaraArguments(List<String> args, Map<String, String> env) {
        List<String> result = new ArrayList<>(args);
        boolean explicit = args.stream().map(a -> a.toLowerCase(Locale.ROOT))
                .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
                .anyMatch(CLUSTER_OPTIONS::contains);
        if (explicit) {
            return result;
        }
        String name = blankToNull(env.get("FORUM_CLUSTER_NAME"));
        String password = blankToNull(env.get("FORUM_CLUSTER_PASSWORD"));
        if (name == null && password == null) {
            result.add("--nohazelcast");
        } else if (name != null && password != null) {
            // Payara Micro 6 (Hazelcast 5) has no cluster password (--clusterpassword is refused at start):
            // members join only a grid of the same cluster name, so the password becomes part of that name.
            result.addAll(List.of("--clustername", clusterName(name, password)));
        } else {
            throw new IllegalArgumentException("set both FORUM_CLUSTER_NAME and FORUM_CLUSTER_PASSWORD to join a cluster, "
                    + "or neither to run without clustering");
        }
        return result;
    }

    /**
     * The Hazelcast cluster name of a Peerdesk cluster: the name and a digest of name and password, so
     * that only nodes given the same two values form one grid. This keeps installations apart; it is not
     * access control (Hazelcast sends the name in clear): keep the grid port on a private network.
     */
    static String clusterName(String name, String password) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((name + "\n" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return name + "-" + java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
