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

    public record Result(int slaAlerts, int nudges, int digests) {
    }

    /** {@code POST /admin/notifications/sweep}: the same sweep the timer runs, now. */
    public Result sweep(User admin) {
        if (!admin.has(Role.ADMIN)) {
            throw Refusal.notAllowed("Only an admin runs the notification sweep");
        }
        return sweep();
    }

    public Result sweep() {
        int alerts = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int batch = slaAlerts.sweep();
            alerts += batch;
            if (batch == 0) { // what is left is due again on the next run
                break;
            }
        }
        int nudged = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int batch = nudges.sweep();
            nudged += batch;
            if (batch == 0) {
                break;
            }
        }
        int sent = 0;
        if (mail.enabled()) {
            for (int i = 0; i < MAX_BATCHES; i++) {
                java.util.List<Long> due = digests.due();
                for (long user : due) {
                    sent += digests.send(user) ? 1 : 0;
                }
                if (due.isEmpty()) {
                    break;
                }
            }
        }
        return new Result(alerts, nudged, sent);
    }

    /** {@code GET /admin/nudges/summary}: how many askers were nudged, and how many accepted an answer then. */
    public Nudges.Summary nudgeSummary(User admin) {
        if (!admin.has(Role.ADMIN)) {
            throw Refusal.notAllowed("Only an admin sees the nudge figures");
        }
        return nudges.summary();
    }
}
