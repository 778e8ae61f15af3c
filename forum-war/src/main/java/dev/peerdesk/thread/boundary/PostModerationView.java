package dev.peerdesk.thread.boundary;

import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.user.entity.User;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import dev.peerdesk.moderation.boundary.ModerationService;
import dev.peerdesk.moderation.CloseReason;
import dev.peerdesk.moderation.FlagReason;
import dev.peerdesk.moderation.entity.FlagStatus;

/**
 * The moderation parts of the question page ({@code question/view.xhtml}): flagging a post, and the
 * moderators' close / reopen / lock / hide tools. Every action calls one {@link ModerationService}
 * method, then has {@link QuestionView} re-read the page, which also decides who gets which of these
 * links and buttons ({@link QuestionPage.Affordances}).
 */
@Named
@ViewScoped
public class PostModerationView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Reasons in the order the dialog offers them, with their labels. */
    public static final List<FlagReason> FLAG_REASONS = List.of(FlagReason.values());
    public static final List<CloseReason> CLOSE_REASONS = List.of(CloseReason.values());

    @Inject
    ModerationService moderation;

    @Inject
    QuestionView questionView;

    @Inject
    Caller caller;

    private long flagPostId;
    private FlagReason flagReason;
    private String flagText;
    private CloseReason closeReason;
    private Long duplicateOfId;

    // --- flagging ----------------------------------------------------------------------------------

    /** The "Flag" link: which post the dialog is about; starts the dialog afresh. */
    @dev.peerdesk.user.boundary.AllowedWhileSuspended
    public void openFlag(long postId) {
        flagPostId = postId;
        flagReason = null;
        flagText = null;
    }

    public void submitFlag() {
        User viewer = viewer();
        if (viewer == null) {
            Pages.redirect(Pages.loginFor(questionView.getPath()));
            return;
        }
        try {
            ModerationService.FlagDto flag = moderation.flag(viewer, flagPostId,
                    new ModerationService.FlagRequest(flagReason, flagText));
            questionView.refresh();
            PrimeFaces.current().ajax().addCallbackParam("flagged", true);
            Pages.info(flag.status() == FlagStatus.ACCEPTED
                    ? "Thanks: the post was removed." : "Thanks for flagging: a moderator will take a look.");
        } catch (RuntimeException e) {
            Pages.show(e, Map.of("reason", "flagReason", "text", "flagText"));
        }
    }

    public String reasonLabel(String reason) {
        return switch (reason == null ? "" : reason) {
            case "SPAM" -> "Spam";
            case "RUDE" -> "Rude or abusive";
            case "OFF_TOPIC" -> "Off topic";
            case "DUPLICATE" -> "Duplicate";
            case "UNCLEAR" -> "Unclear";
            case "OTHER" -> "Something else";
            default -> reason;
        };
    }

    public List<FlagReason> getFlagReasons() {
        return FLAG_REASONS;
    }

    public List<CloseReason> getCloseReasons() {
        return CLOSE_REASONS;
    }

    // --- moderator tools -----------------------------------------------------------------------------

    public void close() {
        act(() -> moderation.close(viewer(), questionId(),
                new ModerationService.CloseRequest(closeReason, closeReason == CloseReason.DUPLICATE ? duplicateOfId : null)),
                "The question is closed.", Map.of("reason", "closeReason", "duplicateOfId", "duplicateOfId"));
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            closeReason = null;
            duplicateOfId = null;
        }
    }

    public void reopen() {
        act(() -> moderation.reopen(viewer(), questionId()), "The question is open again.", Map.of());
    }

    public void lock(boolean lock) {
        act(() -> moderation.lock(viewer(), questionId(), lock),
                lock ? "The question is locked." : "The question is unlocked.", Map.of());
    }

    public void hide(long postId) {
        act(() -> moderation.hide(viewer(), postId), "The post is hidden.", Map.of());
    }

    public void unhide(long postId) {
        act(() -> moderation.unhide(viewer(), postId), "The post is shown again.", Map.of());
    }

    public void approve(long postId) {
        act(() -> moderation.approve(viewer(), postId), "The post is approved.", Map.of());
    }

    private void act(Runnable action, String done, Map<String, String> fields) {
        if (viewer() == null) {
            Pages.redirect(Pages.loginFor(questionView.getPath()));
            return;
        }
        try {
            action.run();
            questionView.refresh();
            Pages.info(done);
        } catch (RuntimeException e) {
            Pages.show(e, fields);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    private long questionId() {
        return questionView.getThread() == null ? 0 : questionView.getThread().id();
    }

    private User viewer() {
        return caller.optional().orElse(null);
    }

    public long getFlagPostId() {
        return flagPostId;
    }

    public FlagReason getFlagReason() {
        return flagReason;
    }

    public void setFlagReason(FlagReason flagReason) {
        this.flagReason = flagReason;
    }

    public String getFlagText() {
        return flagText;
    }

    public void setFlagText(String flagText) {
        this.flagText = flagText;
    }

    public CloseReason getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(CloseReason closeReason) {
        this.closeReason = closeReason;
    }

    public Long getDuplicateOfId() {
        return duplicateOfId;
    }

    public void setDuplicateOfId(Long duplicateOfId) {
        this.duplicateOfId = duplicateOfId;
    }
}
