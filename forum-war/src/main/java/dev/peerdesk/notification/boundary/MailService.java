package dev.peerdesk.notification.boundary;

import dev.peerdesk.notification.control.MailDeliveries;
import dev.peerdesk.notification.control.MailOutbox;
import dev.peerdesk.notification.control.MailSender;
import dev.peerdesk.notification.control.MailSettings;
import dev.peerdesk.notification.control.UnsubscribeTokens;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;

/** One-click unsubscribe and the admin's view of the mail outbox. */
@ApplicationScoped
public class MailService {

    @Inject
    MailOutbox outbox;

    @Inject
    MailDeliveries deliveries;

    @Inject
    MailSettings settings;

    @Inject
    MailSender sender;

    /** Turns off e-mail of the token's type for the token's user; in-app notifications stay. */
    @Transactional
    public void unsubscribe(String token) {
        UnsubscribeTokens.Subject subject = UnsubscribeTokens.verify(outbox.key(), token)
                .orElseThrow(() -> Refusal.notFound("Unsubscribe link"));
        outbox.turnOff(subject.userId(), subject.type());
    }

    /**
     * What an unsubscribe link stops (a type, or with no type the daily digest), for the page that
     * asks before it does; empty for a forged or broken link.
     */
    public java.util.Optional<UnsubscribeTokens.Subject> unsubscribeSubject(String token) {
        return UnsubscribeTokens.verify(outbox.key(), token);
    }

    /**
     * Whether mail is on, where it goes (never the password) and how the outbox stands: {@code pending}
     * mails wait for their first or next attempt, {@code failing} ones have failed at least once.
     */
    public record MailStatus(boolean enabled, String server, String security, String from, String publicUrl,
                             long pending, long failing, long sent) {
    }

    public MailStatus status(User admin) {
        requireAdmin(admin);
        MailDeliveries.Status s = deliveries.status();
        return new MailStatus(settings.enabled(), settings.enabled() ? settings.host() + ":" + settings.port() : null,
                settings.enabled() ? settings.security().name() : null, settings.enabled() ? settings.from() : null,
                settings.publicUrl(), s.pending(), s.failing(), s.sent());
    }

    public record TestMail(String to) {
    }

    /** What became of a test mail: sent, or the mail server's reason in its own words. */
    public record TestResult(boolean sent, String problem) {
    }

    /** Sends a test mail to {@code request.to} at once (not through the outbox) and says how it went. */
    public TestResult sendTest(User admin, TestMail request) {
        requireAdmin(admin);
        if (request == null) {
            throw Refusal.malformed("Send {to: \"address\"} as JSON");
        }
        String to = request.to() == null ? "" : request.to().strip();
        try {
            InternetAddress address = new InternetAddress(to, true);
            address.validate();
        } catch (AddressException e) {
            throw Refusal.invalid("to", "must be one e-mail address, like name@example.com");
        }
        if (!settings.enabled()) {
            throw Refusal.conflict("Mail is off: set FORUM_SMTP_HOST (and the other FORUM_SMTP_ settings) and restart");
        }
        try {
            sender.sendTest(to, "Peerdesk test e-mail", "This is a test e-mail from Peerdesk at " + settings.publicUrl()
                    + ".\n\nIt arrived, so notification e-mails will reach people too.\n");
            return new TestResult(true, null);
        } catch (MessagingException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return new TestResult(false, cause == e ? e.getMessage() : e.getMessage() + " (" + cause.getMessage() + ")");
        }
    }

    private static void requireAdmin(User user) {
        if (!user.has(Role.ADMIN)) {
            throw Refusal.notAllowed("Only an admin sees the mail settings");
        }
    }
}
