package dev.peerdesk.thread.boundary;

import dev.peerdesk.platform.faces.Links;
import dev.peerdesk.notification.boundary.NotificationService;
import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.platform.http.ClientAddress;
import dev.peerdesk.platform.text.Markdown;
import dev.peerdesk.question.boundary.QuestionService;
import dev.peerdesk.question.control.QuestionDto;
import dev.peerdesk.question.entity.Answer;
import dev.peerdesk.support.boundary.QuestionSupport;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.user.entity.User;
import dev.peerdesk.vote.boundary.VoteService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code question/view.xhtml?id=} (shown at {@code /questions/{id}/{slug}}): the thread, and voting,
 * answering, accepting and commenting on it ({@link SupportStripView} has the support forms,
 * {@link PostModerationView} the moderation ones). The page is one {@link QuestionPage} read from
 * {@link QuestionPages}, with what the viewer may do decided there; this bean keeps the forms, says
 * what happened and re-reads the page after every change (a vote keeps the score it answered instead).
 */
@Named
@ViewScoped
public class QuestionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionPages pages;

    @Inject
    QuestionService questions;

    @Inject
    VoteService votes;

    @Inject
    NotificationService notifications;

    @Inject
    Caller caller;

    @Inject
    ClientAddress clients;

    private String id;
    private long questionId;
    /** Re-read after every change, and after the view was passivated (records are not serializable). */
    private transient QuestionPage page;
    /** Scores and the viewer's votes as the last vote answered them, by post id. */
    private final HashMap<Long, Integer> scores = new HashMap<>();
    private final HashMap<Long, Integer> viewerVotes = new HashMap<>();
    private final HashMap<Long, String> commentDrafts = new HashMap<>();
    private String answerBody;

    /** Initial request only: 404 for what is not there (or not visible to this viewer), else count the view. */
    public void load() {
        try {
            questionId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            questionId = 0;
        }
        if (questionId == 0 || !reload()) {
            questionId = 0;
            Pages.notFound();
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        questions.recordView(questionId, clients.visitor(request, caller.id()));
    }

    private boolean reload() {
        page = pages.page(questionId, viewer()).orElse(null);
        scores.clear();
        viewerVotes.clear();
        return page != null;
    }

    /** Re-reads the page after a change made elsewhere on it (moderation). */
    public void refresh() {
        if (questionId != 0) {
            reload();
        }
    }

    public QuestionPage getPage() {
        if (page == null && questionId != 0) {
            reload();
        }
        return page;
    }

    public QuestionDto getThread() {
        return getPage() == null ? null : page.thread();
    }

    /** What the viewer may do here. */
    public QuestionPage.Affordances getMay() {
        return getPage() == null ? null : page.may();
    }

    public QuestionSupport getSupport() {
        return getPage() == null ? QuestionSupport.NONE : page.support();
    }

    // --- actions ---------------------------------------------------------------------------------

    /** Votes {@code value} (+1/−1) on a post; the same vote again takes it back. */
    public void vote(long postId, int value) {
        act(voter -> voteOf(postId) == value ? votes.retract(voter, postId) : votes.vote(voter, postId, value),
                result -> {
                    scores.put(postId, result.score());
                    viewerVotes.put(postId, result.viewerVote());
                    return null;
                }, Map.of());
    }

    public void accept(long answerId) {
        act(asker -> questions.accept(asker, questionId, answerId), reread("Answer accepted."), Map.of());
    }

    public void unaccept() {
        act(asker -> questions.unaccept(asker, questionId), reread("Answer no longer accepted."), Map.of());
    }

    /** Follows (hears of new answers) or stops following the question. */
    public void follow(boolean following) {
        act(viewer -> {
            notifications.follow(viewer, questionId, following);
            return null;
        }, reread(following ? "You follow this question: you will hear of new answers."
                : "You no longer follow this question."), Map.of());
    }

    public void postAnswer() {
        act(author -> questions.answer(author, questionId, new QuestionService.PostBody(answerBody, null)),
                (Answer answer) -> {
                    answerBody = null;
                    reload();
                    // instant, not PrimeFaces' animated scrollTo: nothing moves under the next click
                    PrimeFaces.current().executeScript("document.getElementById('answer-" + answer.id()
                            + "').scrollIntoView({block: 'start'})");
                    return "Your answer is posted.";
                }, Map.of("body", "answerBody"));
    }

    public void comment(long postId) {
        act(author -> questions.comment(author, postId, new QuestionService.PostBody(commentDrafts.get(postId), null)),
                comment -> {
                    commentDrafts.remove(postId);
                    reload();
                    return null;
                }, Map.of("body", commentInputOfThisRequest()));
    }

    /**
     * One service call for a signed-in viewer (visitors sign in first and come back), then
     * {@code done} with its result, which says what happened (or null); a refusal is shown next to
     * the inputs {@code fields} maps its field names to.
     */
    public <T> void act(Function<User, T> action, Function<T, String> done, Map<String, String> fields) {
        User viewer = viewer();
        if (viewer == null) {
            Pages.redirect(Pages.loginFor(getPath()));
            return;
        }
        try {
            String message = done.apply(action.apply(viewer));
            if (message != null) {
                Pages.info(message);
            }
        } catch (RuntimeException e) {
            Pages.show(e, fields);
        }
    }

    private <T> Function<T, String> reread(String message) {
        return result -> {
            reload();
            return message;
        };
    }

    /** The comment box next to the button that was pressed (its client id carries the answer row). */
    private static String commentInputOfThisRequest() {
        String source = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("jakarta.faces.source");
        return source == null ? "commentBody" : source.replaceFirst("postComment$", "commentBody");
    }

    // --- what the page shows ---------------------------------------------------------------------

    public int scoreOf(long postId) {
        Integer voted = scores.get(postId);
        return voted != null ? voted : getPage().scores().getOrDefault(postId, 0);
    }

    /** The viewer's vote on a post: 1, −1 or 0. */
    public int voteOf(long postId) {
        Integer voted = viewerVotes.get(postId);
        return voted != null ? voted : getPage().votes().getOrDefault(postId, 0);
    }

    /** The pretty path of this question, {@code /questions/42/how-do-i}. */
    public String getPath() {
        QuestionDto q = getThread();
        return q == null ? "/" : Links.questionPath(q.id(), q.title());
    }

    public String getLoginUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + Pages.loginFor(getPath() + "#your-answer");
    }

    /** Visitors who want to vote sign in first and come back to the question. */
    public String getVoteLoginUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + Pages.loginFor(getPath());
    }

    /** The start of the question in plain text, for search engines and link previews. */
    public String getDescription() {
        QuestionDto q = getThread();
        return q == null ? "" : Markdown.toPlainText(q.body(), 160);
    }

    public String getAnswerPreview() {
        return answerBody == null || answerBody.isBlank() ? "" : Markdown.toSafeHtml(answerBody);
    }

    private User viewer() {
        return caller.optional().orElse(null);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Map<Long, String> getCommentDrafts() {
        return commentDrafts;
    }

    public String getAnswerBody() {
        return answerBody;
    }

    public void setAnswerBody(String answerBody) {
        this.answerBody = answerBody;
    }
}
