package dev.peerdesk.launcher;

/**
 * Main class of {@code peerdesk.jar}: maps Peerdesk's own configuration keys onto Payara Micro's
 * before handing over to it, so that {@code FORUM_HTTP_PORT=9090 java -jar peerdesk.jar} works as
 * README.md says. Command-line options still win.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        String port = System.getenv("FORUM_HTTP_PORT");
        if (port != null && !port.isBlank() && System.getProperty("payaramicro.port") == null) {
            System.setProperty("payaramicro.port", port.strip());
        }
        Class.forName("fish.payara.micro.PayaraMicro")
                .getMethod("main", String[].class)
                .invoke(null, (Object) args);
    }
}
