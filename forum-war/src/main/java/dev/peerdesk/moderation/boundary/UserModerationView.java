package dev.peerdesk.moderation.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.moderation.control.ModerationQueries;
import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.user.boundary.UserService;
import dev.peerdesk.user.entity.User;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The moderators' panel on a profile ({@code users/profile.xhtml?id=}): suspension status, suspending
 * (until a date, with a reason) and lifting it, and the latest audit entries about the user.
 */
@Named
@ViewScoped
public class UserModerationView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int AUDIT_ENTRIES = 10;

    @Inject
    ModerationService moderation;

    @Inject
    ModerationQueries queries;

    @Inject
    UserService users;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    private long userId;
    private LocalDate until;
    private String reason;
    /** Re-read on every request: the status may change elsewhere. */
    private transient User user;
    private transient List<ModerationQueries.AuditEntry> audit;

    /** Initial request (viewAction): which profile; nothing for non-moderators. */
    public void load(String id) {
        if (!isModerator()) {
            return;
        }
        try {
            userId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            userId = 0;
        }
    }

    public void suspend() {
        User moderator = viewer();
        if (moderator == null) {
            Pages.redirect(Pages.loginFor("/users/profile.xhtml?id=" + userId));
            return;
        }
        try {
            Instant end = until == null ? null : until.atStartOfDay(ZoneOffset.UTC).toInstant();
            moderation.suspend(moderator, userId, new ModerationService.SuspensionRequest(end, reason));
            until = null;
            reason = null;
            forget();
            PrimeFaces.current().ajax().addCallbackParam("suspended", true);
            Pages.info("The member is suspended.");
        } catch (RuntimeException e) {
            Pages.show(e, Map.of("until", "suspendUntil", "reason", "suspendReason"));
        }
    }

    public void lift() {
        User moderator = viewer();
        if (moderator == null) {
            Pages.redirect(Pages.loginFor("/users/profile.xhtml?id=" + userId));
            return;
        }
        try {
            moderation.liftSuspension(moderator, userId);
            forget();
            Pages.info("The suspension is lifted.");
        } catch (RuntimeException e) {
            Pages.show(e, Map.of());
        }
    }

    private void forget() {
        user = null;
        audit = null;
    }

    public boolean isModerator() {
        User viewer = viewer();
        return viewer != null && viewer.moderator();
    }

    /** The panel shows for moderators on a profile that exists. */
    public boolean isShown() {
        return isModerator() && getUser() != null;
    }

    public User getUser() {
        if (user == null && userId != 0) {
            try {
                user = users.find(userId);
            } catch (Refusal e) {
                userId = 0;
            }
        }
        return user;
    }

    public boolean isSuspended() {
        User u = getUser();
        return u != null && u.suspendedAt(clock.instant());
    }

    public List<ModerationQueries.AuditEntry> getAudit() {
        if (audit == null) {
            audit = userId == 0 || !isModerator() ? List.of() : queries.auditFor("USER", userId, AUDIT_ENTRIES);
        }
        return audit;
    }

    /** The first day a suspension can end. */
    public LocalDate getTomorrow() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
    }

    private User viewer() {
        return caller.optional().orElse(null);
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
