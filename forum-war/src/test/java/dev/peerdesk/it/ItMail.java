package dev.peerdesk.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * The real SMTP server of the ITs (GreenMail on a free loopback port), started once per failsafe JVM
 * before the shared Payara Micro (see {@link SharedPayaraMicroContainer#setup}) and up for every IT
 * class; tests may stop it for a while and start it again on the same port.
 */
public final class ItMail {

    public static final String PUBLIC_URL = "http://peerdesk.it.test";

    private static ItMail instance;

    private final int port;
    private GreenMail server;

    private ItMail(int port) {
        this.port = port;
    }

    public static synchronized ItMail start() {
        if (instance == null) {
            instance = new ItMail(freePort());
            instance.up();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.down(), "stop-it-mail"));
        }
        return instance;
    }

    public String systemProperties() {
        return "-DFORUM_SMTP_HOST=127.0.0.1 -DFORUM_SMTP_PORT=" + port + " -DFORUM_SMTP_SECURITY=none"
                + " -DFORUM_MAIL_FROM=peerdesk@peerdesk.it.test -DFORUM_PUBLIC_URL=" + PUBLIC_URL;
    }

    public synchronized void up() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every mail received since the server last started that is addressed to {@code address}. */
    public synchronized List<MimeMessage> to(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
