package dev.peerdesk.moderation.boundary;

import dev.peerdesk.moderation.control.ModerationQueries;
import dev.peerdesk.moderation.entity.FlagOutcome;
import dev.peerdesk.platform.text.EnumNames;
import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.user.entity.User;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.peerdesk.platform.faces.KeysetLazyModel;

/**
 * {@code moderation/index.xhtml?kind=FLAGS|APPROVAL|HIDDEN}: the review queue (paged in the database,
 * keyset) with one-click outcomes, and the audit log. Who may see which queue is
 * {@link ModerationService#mayReview}, the API's rule: moderators everything, reviewers (REVIEW
 * privilege, staff included) the APPROVAL queue only and no audit log; visitors sign in first,
 * others get 403.
 */
@Named
@ViewScoped
public class ModerationDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int AUDIT_PAGE = 25;

    @Inject
    ModerationService moderation;

    @Inject
    ModerationQueries queries;

    @Inject
    Caller caller;

    private String kind;
    private ModerationQueries.Kind queueKind = ModerationQueries.Kind.FLAGS;
    private boolean allowed;
    private KeysetLazyModel<ModerationQueries.QueueItem> queue;
    /** Re-read when the view is restored after passivation (records are not serializable). */
    private transient List<ModerationQueries.AuditLine> audit;
    private String auditNext;

    public void load() {
        User viewer = viewer();
        if (viewer == null) {
            Pages.redirect(Pages.loginFor("/moderation/index.xhtml" + (kind == null ? "" : "?kind=" + Pages.encode(kind))));
            return;
        }
        ModerationQueries.Kind first = viewer.moderator() ? ModerationQueries.Kind.FLAGS : ModerationQueries.Kind.APPROVAL;
        try {
            ModerationQueries.Kind chosen = EnumNames.parse(ModerationQueries.Kind.class, "kind", kind);
            queueKind = chosen == null ? first : chosen;
        } catch (RuntimeException e) { // an unknown ?kind= shows the viewer's first queue
            queueKind = first;
        }
        if (!moderation.mayReview(viewer, queueKind)) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
            allowed = false;
            return;
        }
        allowed = true;
        ModerationQueries.Kind k = queueKind;
        ModerationQueries q = queries;
        queue = new KeysetLazyModel<>((limit, cursor) -> q.queue(k, limit, cursor));
        if (isModerator()) {
            readAudit(null);
        }
    }

    // --- outcomes --------------------------------------------------------------------------------

    public void approve(long postId) {
        act(() -> moderation.approve(viewer(), postId), "The post is approved and shown; its flags are dismissed.");
    }

    public void hide(long postId) {
        act(() -> moderation.hide(viewer(), postId), "The post is hidden; its flags are accepted.");
    }

    public void unhide(long postId) {
        act(() -> moderation.unhide(viewer(), postId), "The post is shown again.");
    }

    public void resolve(long flagId, FlagOutcome outcome) {
        act(() -> moderation.resolveFlag(viewer(), flagId, outcome),
                outcome == FlagOutcome.ACCEPTED ? "Flag accepted." : "Flag dismissed; the post stays as it is.");
    }

    private void act(Runnable action, String done) {
        if (!isAllowed()) {
            Pages.error(null, "Only moderators can do this.");
            return;
        }
        try {
            action.run(); // the service decides what this viewer may do
            Pages.info(done);
        } catch (RuntimeException e) {
            Pages.show(e, Map.of());
        }
        if (isModerator()) {
            readAudit(null); // the action is the newest entry
        }
    }

    // --- audit log -------------------------------------------------------------------------------

    @dev.peerdesk.user.boundary.AllowedWhileSuspended
    public void moreAudit() {
        if (isModerator() && auditNext != null) {
            readAudit(auditNext);
        }
    }

    private void readAudit(String cursor) {
        try {
            Cursor.Page<ModerationQueries.AuditLine> page = queries.auditLines(AUDIT_PAGE, cursor);
            if (cursor == null || audit == null) {
                audit = new ArrayList<>(page.items());
            } else {
                audit.addAll(page.items());
            }
            auditNext = page.nextCursor();
        } catch (RuntimeException e) {
            Pages.showListFailure(e);
        }
    }

    public List<ModerationQueries.AuditLine> getAudit() {
        if (audit == null && isModerator()) {
            readAudit(null);
        }
        return audit == null ? List.of() : audit;
    }

    public boolean isMoreAudit() {
        return auditNext != null;
    }

    /** Where an audit entry's target is shown (its question, the ticket, the profile), or null. */
    public String targetUrl(ModerationQueries.AuditLine line) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return switch (line.targetType() == null ? "" : line.targetType()) {
            case "USER" -> line.userName() == null ? null : context + "/users/profile.xhtml?id=" + line.targetId();
            case "TICKET" -> context + "/support/ticket.xhtml?id=" + line.targetId();
            case "QUESTION", "ANSWER", "FLAG" -> line.questionId() == null ? null
                    : context + "/questions/" + line.questionId()
                    + (line.onAnswer() ? "#answer-" + line.postId() : "");
            default -> null;
        };
    }

    /** What an audit entry is about, in words: a name or a question's title, never a row id. */
    public String targetName(ModerationQueries.AuditLine line) {
        String title = line.questionTitle() == null ? "a deleted question" : "“" + line.questionTitle() + "”";
        return switch (line.targetType() == null ? "" : line.targetType()) {
            case "USER" -> line.userName() == null ? "a deleted account" : line.userName();
            case "QUESTION" -> title;
            case "ANSWER" -> "An answer to " + title;
            case "FLAG" -> "A flag on " + (line.onAnswer() ? "an answer to " : "") + title;
            case "TICKET" -> "The ticket of " + title;
            case "SETTING" -> "Community settings";
            case "WEBHOOK" -> "A webhook";
            default -> actionLabel(line.targetType());
        };
    }

    /** {@code MODERATION_RULES_CHANGED} → {@code Moderation rules changed}. */
    public String actionLabel(String action) {
        if (action == null || action.isEmpty()) {
            return action;
        }
        String words = action.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    // --- page state ------------------------------------------------------------------------------

    public boolean isAllowed() {
        return allowed && moderation.mayReview(viewer(), queueKind);
    }

    /** Moderators (and admins) see every queue tab and the audit log; reviewers only the approval queue. */
    public boolean isModerator() {
        User viewer = viewer();
        return allowed && viewer != null && viewer.moderator();
    }

    private User viewer() {
        return caller.optional().orElse(null);
    }

    public KeysetLazyModel<ModerationQueries.QueueItem> getQueue() {
        return queue;
    }

    public ModerationQueries.Kind getQueueKind() {
        return queueKind;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
