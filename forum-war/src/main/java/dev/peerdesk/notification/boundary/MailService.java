package dev.peerdesk.notification.boundary;

import dev.peerdesk.notification.control.MailDeliveries;
import dev.peerdesk.notification.control.MailOutbox;
import dev.peerdesk.notification.control.MailSettings;
import dev.peerdesk.notification.control.UnsubscribeTokens;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    /** Turns off e-mail of the token's type for the token's user; in-app notifications stay. */
    @Transactional
    public void unsubscribe(String token) {
        UnsubscribeTokens.Subject subject = UnsubscribeTokens.verify(outbox.key(), token)
                .orElseThrow(() -> Refusal.notFound("Unsubscribe link"));
        outbox.turnOff(subject.userId(), subject.type());
    }

    public record MailStatus(boolean enabled, long pending, long failing, long sent) {
    }

    public MailStatus status(User admin) {
        if (!admin.has(Role.ADMIN)) {
            throw Refusal.notAllowed("Only an admin sees the mail outbox");
        }
        MailDeliveries.Status s = deliveries.status();
        return new MailStatus(settings.enabled(), s.pending(), s.failing(), s.sent());
    }
}
