package dev.peerdesk.notification.boundary;

import dev.peerdesk.notification.control.Digests;
import dev.peerdesk.notification.control.MailSettings;
import dev.peerdesk.notification.control.Nudges;
import dev.peerdesk.notification.control.SlaAlerts;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.user.entity.Role;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The time-driven notifications: SLA alerts, nudges and the daily digests, each in bounded batches
 * that read only what is due. Any node may run them at any time; the database keeps each alert,
 * nudge and digest to once.
 */
@ApplicationScoped
public class NotificationSweeps {

    static final int MAX_BATCHES = 50;

    @Inject
    SlaAlerts slaAlerts;

    @Inject
    Nudges nudges;

    @Inject
    Digests digests;

    @Inject
    MailSettings mail;

    public void sweep() {
        for (int i = 0; i < MAX_BATCHES && slaAlerts.sweep() > 0; i++) {
            // until a batch alerts nobody: what is left is due again on the next run
        }
        for (int i = 0; i < MAX_BATCHES && nudges.sweep() > 0; i++) {
            // as above
        }
        if (mail.enabled()) {
            for (int i = 0; i < MAX_BATCHES; i++) {
                java.util.List<Long> due = digests.due();
                due.forEach(digests::send);
                if (due.isEmpty()) {
                    break;
                }
            }
        }
    }

    /** {@code GET /admin/nudges/summary}: how many askers were nudged, and how many accepted an answer then. */
    public Nudges.Summary nudgeSummary(User admin) {
        if (!admin.has(Role.ADMIN)) {
            throw Refusal.notAllowed("Only an admin sees the nudge figures");
        }
        return nudges.summary();
    }
}
