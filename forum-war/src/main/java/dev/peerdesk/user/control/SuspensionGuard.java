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
 * The one rule for who may write (SPEC §8): suspended accounts may read and sign out, nothing else —
 * staff included; and while an admin requires confirmed addresses ({@link AccountRulesStore}), a
 * member whose e-mail is not confirmed yet may read and confirm it, but not post, vote, flag or
 * comment. Every write entry point asks here: the API for every unsafe method
 * ({@link SuspendedWritesFilter}), the pages for every command ({@link SuspendedActionListener}),
 * and services for their own writes. Each refusal of a suspended account is written to the audit log.
 */
@ApplicationScoped
public class SuspensionGuard {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    AccountRulesStore accountRules;

    /** Refuses (403) a write by a suspended account (recording the attempt) or by an unconfirmed one when required. */
    public void requireActive(User user, String attempted) {
        requireActive(user, attempted, true);
    }

    /**
     * @param verificationApplies false for the account actions an unconfirmed member needs (confirming
     *                            the address, sending the link again, changing the address)
     */
    public void requireActive(User user, String attempted, boolean verificationApplies) {
        if (user == null) {
            return;
        }
        if (user.suspendedAt(clock.instant())) {
            audit.recordRefusal(user.id(), "WRITE_REFUSED_WHILE_SUSPENDED", "USER", user.id(), attempted);
            throw refusal(user);
        }
        if (verificationApplies && mustVerify(user)) {
            throw Refusal.notAllowed("Confirm your e-mail address first: open the link we sent to " + user.email()
                    + " (or send it again from your account page). Until then you can read, but not post, answer,"
                    + " comment, vote or flag.");
        }
    }

    public boolean suspended(User user) {
        return user != null && user.suspendedAt(clock.instant());
    }

    /** Staff are vouched for by the admin who made them staff; the setting is read only for unconfirmed members. */
    private boolean mustVerify(User user) {
        return !user.emailVerified() && !user.staff() && accountRules.requireVerifiedEmailToPost();
    }

    static Refusal refusal(User user) {
        return Refusal.notAllowed("Your account is suspended until " + WHEN.format(user.suspendedUntil())
                + (user.suspensionReason() == null ? "" : " (reason: " + user.suspensionReason() + ")")
                + ". Until then you can read and sign out, but not post, vote, flag, comment or change anything.");
    }
}
