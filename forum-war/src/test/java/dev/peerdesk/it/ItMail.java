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

    /** The mailbox the server polls over IMAP (issue 13), and the addresses inbound mail is sent to. */
    public static final String INBOX_USER = "inbox@peerdesk.it.test";
    public static final String INBOX_PASSWORD = "inbox-pass-2026";
    public static final String REPLY_DOMAIN = "reply.peerdesk.it.test";
    public static final String SUPPORT_ADDRESS = "support@peerdesk.it.test";
    public static final String INBOUND_SECRET = "it-inbound-secret-2026";
    /** Mails per sender and hour the ITs' server takes (small, so that a test can reach it). */
    public static final int PER_HOUR = 6;

    private final int port;
    private final int imapPort;
    private GreenMail server;

    private ItMail(int port, int imapPort) {
        this.port = port;
        this.imapPort = imapPort;
    }

    public static synchronized ItMail start() {
        if (instance == null) {
            instance = new ItMail(freePort(), freePort());
            instance.up();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.down(), "stop-it-mail"));
        }
        return instance;
    }

    public String systemProperties() {
        return "-DFORUM_SMTP_HOST=127.0.0.1 -DFORUM_SMTP_PORT=" + port + " -DFORUM_SMTP_SECURITY=none"
                + " -DFORUM_MAIL_FROM=peerdesk@peerdesk.it.test -DFORUM_PUBLIC_URL=" + PUBLIC_URL
                + " -DFORUM_MAIL_REPLY_DOMAIN=" + REPLY_DOMAIN + " -DFORUM_MAIL_SUPPORT_ADDRESS=" + SUPPORT_ADDRESS
                + " -DFORUM_INBOUND_MAIL_SECRET=" + INBOUND_SECRET + " -DFORUM_INBOUND_MAIL_PER_HOUR=" + PER_HOUR
                + " -DFORUM_IMAP_HOST=127.0.0.1 -DFORUM_IMAP_PORT=" + imapPort + " -DFORUM_IMAP_SECURITY=none"
                + " -DFORUM_IMAP_USER=" + INBOX_USER + " -DFORUM_IMAP_PASSWORD=" + INBOX_PASSWORD
                + " -DFORUM_IMAP_INTERVAL=PT5S";
    }

    public synchronized void up() {
        if (server == null) {
            server = new GreenMail(new ServerSetup[] {new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
            server.start();
            server.setUser(INBOX_USER, INBOX_USER, INBOX_PASSWORD);
        }
    }

    public synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /**
     * Every notification mail received since the server last started that is addressed to {@code address};
     * account mails (confirmation, password reset: {@link #accountMailsTo}) are not among them.
     */
    public synchronized List<MimeMessage> to(String address) {
        return received(address).stream().filter(m -> accountMailType(m) == null).toList();
    }

    /**
     * Puts a raw message into the mailbox the server polls, as the mail server would on delivery (the
     * message is the test's bytes, unchanged).
     */
    public synchronized void deliverToInbox(byte[] raw) {
        try {
            jakarta.mail.Session session = jakarta.mail.Session.getInstance(new java.util.Properties());
            MimeMessage message = new MimeMessage(session, new java.io.ByteArrayInputStream(raw));
            server.getUserManager().getUser(INBOX_USER).deliver(message);
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** How many messages of the polled mailbox are still unread. */
    public synchronized long unreadInInbox() {
        try {
            var box = server.getManagers().getImapHostManager()
                    .getInbox(server.getUserManager().getUser(INBOX_USER));
            return box.getMessages().stream().filter(m -> !m.getFlags().contains(jakarta.mail.Flags.Flag.SEEN)).count();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Every mail received for {@code address} (notifications, account and pipeline mails alike). */
    public synchronized List<MimeMessage> allTo(String address) {
        return received(address);
    }

    /** Every account mail (header {@code X-Peerdesk-Account-Mail}) received for {@code address}. */
    public synchronized List<MimeMessage> accountMailsTo(String address) {
        return received(address).stream().filter(m -> accountMailType(m) != null).toList();
    }

    /**
     * Waits for the {@code n}-th account mail of {@code type} (VERIFY_EMAIL, CHANGE_EMAIL, RESET_PASSWORD) to
     * {@code address}, sent by the server's 2-second delivery job, and returns the token of its link.
     */
    public String awaitAccountLinkToken(String address, String type, int n) {
        long deadline = System.currentTimeMillis() + 45_000;
        while (true) {
            List<MimeMessage> mails = accountMailsTo(address).stream().filter(m -> type.equals(accountMailType(m)))
                    .toList();
            if (mails.size() >= n) {
                return tokenOf(mails.get(n - 1));
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no " + type + " mail #" + n + " to " + address + " within 45 s");
            }
            try {
                Thread.sleep(250); // polling what the server's own 2-second job does, not waiting out a timer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The token of the one link in an account mail's plain-text part. */
    public static String tokenOf(MimeMessage mail) {
        try {
            jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
            String text = (String) parts.getBodyPart(0).getContent();
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("\\?token=([A-Za-z0-9_-]+)").matcher(text);
            if (!link.find()) {
                throw new AssertionError("no link in " + text);
            }
            return link.group(1);
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    static String accountMailType(MimeMessage mail) {
        try {
            return mail.getHeader("X-Peerdesk-Account-Mail", null);
        } catch (jakarta.mail.MessagingException e) {
            return null;
        }
    }

    private List<MimeMessage> received(String address) {
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
