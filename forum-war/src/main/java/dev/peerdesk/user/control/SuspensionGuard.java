package dev.peerdesk.user.control;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.audit.AuditLog;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import dev.peerdesk.user.boundary.SuspendedActionListener;
import dev.peerdesk.user.boundary.SuspendedWritesFilter;

/**
 * The one rule for suspended accounts (SPEC §8): they may read and sign out, nothing else — staff
 * included. Every write entry point asks here: the API for every unsafe method
 * ({@link SuspendedWritesFilter}), the pages for every command ({@link SuspendedActionListener}),
 * and services for their own writes. Each refusal is written to the audit log.
 */
@ApplicationScoped
public class SuspensionGuard {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    /** Refuses (403) a write by a suspended account and records the attempt. */
    public void requireActive(User user, String attempted) {
        if (user == null || !user.suspendedAt(clock.instant())) {
            return;
        }
        audit.recordRefusal(user.id(), "WRITE_REFUSED_WHILE_SUSPENDED", "USER", user.id(), attempted);
        throw refusal(user);
    }

    public boolean suspended(User user) {
        return user != null && user.suspendedAt(clock.instant());
    }

    static Refusal refusal(User user) {
        return Refusal.notAllowed("Your account is suspended until " + WHEN.format(user.suspendedUntil())
                + (user.suspensionReason() == null ? "" : " (reason: " + user.suspensionReason() + ")")
                + ". Until then you can read and sign out, but not post, vote, flag, comment or change anything.");
    }
}
