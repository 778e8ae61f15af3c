package dev.peerdesk.thread.boundary;

import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.question.control.AnswerDto;
import dev.peerdesk.question.control.QuestionDto;
import dev.peerdesk.thread.boundary.QuestionView;
import dev.peerdesk.question.control.QuestionQueries;
import dev.peerdesk.question.entity.Answer;
import dev.peerdesk.reputation.Privilege;
import dev.peerdesk.reputation.control.PrivilegeGate;
import dev.peerdesk.reputation.control.ReputationRulesStore;
import dev.peerdesk.user.entity.User;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.peerdesk.moderation.boundary.ModerationService;
import dev.peerdesk.moderation.CloseReason;
import dev.peerdesk.moderation.FlagReason;
import dev.peerdesk.moderation.entity.FlagStatus;

/**
 * The moderation parts of the question page ({@code question/view.xhtml}): flagging a post, and the
 * moderators' close / reopen / lock / hide tools. Every action calls one {@link ModerationService}
 * method, then has {@link QuestionView} re-read the thread.
 */
@Named
@ViewScoped
public class PostModerationView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String HELD_OF_REQUEST = PostModerationView.class.getName() + ".held";
    private static final String CAN_FLAG_OF_REQUEST = PostModerationView.class.getName() + ".canFlag";

    /** Reasons in the order the dialog offers them, with their labels. */
    public static final List<FlagReason> FLAG_REASONS = List.of(FlagReason.values());
    public static final List<CloseReason> CLOSE_REASONS = List.of(CloseReason.values());

    @Inject
    ModerationService moderation;

    @Inject
    QuestionView questionView;

    @Inject
    QuestionQueries queries;

    @Inject
    Caller caller;

    @Inject
    PrivilegeGate gate;

    @Inject
    ReputationRulesStore rules;

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

    /** Signed in, not the author: the post gets a "Flag" link (disabled without the FLAG privilege). */
    public boolean canSeeFlag(long authorId) {
        User viewer = viewer();
        return viewer != null && viewer.id() != authorId;
    }

    public boolean isCanFlag() {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        Boolean can = (Boolean) request.get(CAN_FLAG_OF_REQUEST);
        if (can == null) {
            User viewer = viewer();
            can = viewer != null && gate.has(viewer, Privilege.FLAG);
            request.put(CAN_FLAG_OF_REQUEST, can);
        }
        return can;
    }

    public int getFlagThreshold() {
        return rules.current().threshold(Privilege.FLAG);
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

    public boolean isModerator() {
        User viewer = viewer();
        return viewer != null && viewer.moderator();
    }

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

    // --- what the banners need -----------------------------------------------------------------------

    /** Posts of this thread waiting for approval (held posts are hidden too, so only hidden ones are looked at). */
    public boolean isHeld(long postId) {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        @SuppressWarnings("unchecked")
        Set<Long> held = (Set<Long>) request.get(HELD_OF_REQUEST);
        if (held == null) {
            Set<Long> found = new HashSet<>();
            held = found;
            QuestionDto q = questionView.getThread();
            if (q != null) {
                if (q.hidden() && queries.question(q.id()).map(dev.peerdesk.question.entity.Question::held).orElse(false)) {
                    found.add(q.id());
                }
                if (q.answers().stream().anyMatch(AnswerDto::hidden)) {
                    queries.answers(q.id()).stream().filter(Answer::held).forEach(a -> found.add(a.id()));
                }
            }
            request.put(HELD_OF_REQUEST, held);
        }
        return held.contains(postId);
    }

    private long questionId() {
        QuestionDto q = questionView.getThread();
        return q == null ? 0 : q.id();
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
