package dev.peerdesk.thread.boundary;

import dev.peerdesk.platform.faces.Links;
import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.platform.faces.Times;
import dev.peerdesk.user.control.Caller;
import dev.peerdesk.platform.text.Markdown;
import dev.peerdesk.question.control.QuestionQueries;
import dev.peerdesk.question.control.Threads;
import dev.peerdesk.question.entity.Answer;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.question.entity.QuestionStatus;
import dev.peerdesk.reputation.Privilege;
import dev.peerdesk.reputation.control.PrivilegeGate;
import dev.peerdesk.reputation.control.ReputationRulesStore;
import dev.peerdesk.support.control.TicketDto;
import dev.peerdesk.support.boundary.TicketService;
import dev.peerdesk.support.entity.Ticket;
import dev.peerdesk.support.policy.SupportWindows;
import dev.peerdesk.support.policy.TicketStatus;
import dev.peerdesk.user.entity.User;
import dev.peerdesk.vote.boundary.VoteService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.peerdesk.question.control.QuestionDto;
import dev.peerdesk.question.control.AnswerDto;
import dev.peerdesk.question.boundary.QuestionService;

/**
 * {@code question/view.xhtml?id=} (shown at {@code /questions/{id}/{slug}}): the thread, and voting,
 * answering, accepting and commenting on it. Every action calls one service method, then re-reads the
 * thread (or, for a vote, keeps the score the vote answered) and updates part of the page.
 */
@Named
@ViewScoped
public class QuestionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    QuestionService questions;

    @Inject
    QuestionQueries queries;

    @Inject
    Threads threads;

    @Inject
    VoteService votes;

    @Inject
    Caller caller;

    @Inject
    dev.peerdesk.platform.http.ClientAddress clients;

    @Inject
    PrivilegeGate gate;

    @Inject
    ReputationRulesStore rules;

    @Inject
    TicketService tickets;

    @Inject
    Times times;

    @Inject
    Clock clock;

    private static final SupportWindows SUPPORT_WINDOWS = SupportWindows.defaults();

    /** What the viewer may do on this page, and what it takes; worked out once per request. */
    public record ViewerPrivileges(boolean voteUp, boolean voteDown, boolean comment,
                                   int voteUpAt, int voteDownAt, int commentAt) {
    }

    private static final String PRIVILEGES_OF_REQUEST = QuestionView.class.getName() + ".privileges";

    private String id;
    private long questionId;
    /** Re-read after every change, and after the view was passivated (records are not serializable). */
    private transient QuestionDto thread;
    private transient List<Question> related;
    /** Scores and the viewer's votes as the last vote answered them, by post id. */
    private final HashMap<Long, Integer> scores = new HashMap<>();
    private final HashMap<Long, Integer> viewerVotes = new HashMap<>();
    private final HashMap<Long, String> commentDrafts = new HashMap<>();
    private String answerBody;
    /** The question's support ticket, for the asker and staff; read once per change of the page. */
    private transient TicketDto ticket;
    private transient boolean ticketRead;
    private Integer csatRating;
    private String csatComment;

    /** Initial request only: 404 for what is not there (or not visible to this viewer), else count the view. */
    public void load() {
        try {
            questionId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            questionId = 0;
            Pages.notFound();
            return;
        }
        if (!reload()) {
            questionId = 0;
            Pages.notFound();
            return;
        }
        questions.recordView(questionId, clients.visitor((jakarta.servlet.http.HttpServletRequest)
                jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest(), caller.id()));
    }

    private boolean reload() {
        User viewer = viewer();
        Optional<Question> question = queries.question(questionId)
                .filter(q -> q.visibleTo(viewer));
        if (question.isEmpty()) {
            thread = null;
            return false;
        }
        thread = threads.thread(question.get(), viewer);
        ticketRead = false;
        scores.clear();
        viewerVotes.clear();
        return true;
    }

    /** Re-reads the thread after a change made elsewhere on the page (moderation). */
    public void refresh() {
        if (questionId != 0) {
            reload();
        }
    }

    public QuestionDto getThread() {
        if (thread == null && questionId != 0) {
            reload();
        }
        return thread;
    }

    // --- actions ---------------------------------------------------------------------------------

    /** Votes {@code value} (+1/−1) on a post; the same vote again takes it back. */
    public void vote(long postId, int value) {
        User voter = viewer();
        if (voter == null) {
            Pages.redirect(Pages.loginFor(getPath()));
            return;
        }
        try {
            VoteService.VoteResult result = voteOf(postId) == value
                    ? votes.retract(voter, postId)
                    : votes.vote(voter, postId, value);
            scores.put(postId, result.score());
            viewerVotes.put(postId, result.viewerVote());
        } catch (RuntimeException e) {
            Pages.show(e, Map.of());
        }
    }

    public void accept(long answerId) {
        User asker = viewer();
        if (asker == null) {
            Pages.redirect(Pages.loginFor(getPath()));
            return;
        }
        try {
            questions.accept(asker, questionId, answerId);
            reload();
            Pages.info("Answer accepted.");
        } catch (RuntimeException e) {
            Pages.show(e, Map.of());
        }
    }

    public void unaccept() {
        User asker = viewer();
        if (asker == null) {
            Pages.redirect(Pages.loginFor(getPath()));
            return;
        }
        try {
            questions.unaccept(asker, questionId);
            reload();
            Pages.info("Answer no longer accepted.");
        } catch (RuntimeException e) {
            Pages.show(e, Map.of());
        }
    }

    public void postAnswer() {
        User author = viewer();
        if (author == null) {
            Pages.redirect(Pages.loginFor(getPath()));
            return;
        }
        try {
            Answer answer = questions.answer(author, questionId, new QuestionService.PostBody(answerBody, null));
            answerBody = null;
            reload();
            Pages.info("Your answer is posted.");
            // instant, not PrimeFaces' animated scrollTo: nothing moves under the next click
            PrimeFaces.current().executeScript("document.getElementById('answer-" + answer.id()
                    + "').scrollIntoView({block: 'start'})");
        } catch (RuntimeException e) {
            Pages.show(e, Map.of("body", "answerBody"));
        }
    }

    public void comment(long postId) {
        User author = viewer();
        if (author == null) {
            Pages.redirect(Pages.loginFor(getPath()));
            return;
        }
        try {
            questions.comment(author, postId, new QuestionService.PostBody(commentDrafts.get(postId), null));
            commentDrafts.remove(postId);
            reload();
        } catch (RuntimeException e) {
            Pages.show(e, Map.of("body", commentInputOfThisRequest()));
        }
    }

    /**
     * The asker's "still need help": escalates the question (once it is an hour old), or moves a
     * ticket waiting on them back to support, or reopens a recently solved one.
     */
    public void stillNeedHelp() {
        User asker = viewer();
        if (asker == null) {
            Pages.redirect(Pages.loginFor(getPath()));
            return;
        }
        try {
            TicketService.Escalated escalated = tickets.escalate(asker, questionId, null);
            reload();
            TicketDto t = escalated.ticket();
            Pages.info(escalated.created()
                    ? "Your question is now with our support team: a first response is due by "
                    + times.full(t.firstResponseDueAt()) + "."
                    : "Our support team is on it again: your ticket is " + t.status().name().toLowerCase() + ".");
        } catch (RuntimeException e) {
            Pages.show(e, Map.of());
        }
    }

    /** The asker rates the support of a solved ticket (1–5, optional comment). */
    public void rateSupport() {
        User asker = viewer();
        if (asker == null) {
            Pages.redirect(Pages.loginFor(getPath()));
            return;
        }
        TicketDto t = getTicket();
        if (t == null) {
            Pages.error(null, "This question has no support ticket to rate.");
            return;
        }
        try {
            tickets.rate(asker, t.id(), new TicketService.CsatRequest(csatRating, csatComment));
            csatRating = null;
            csatComment = null;
            reload();
            Pages.info("Thank you for rating our support.");
        } catch (RuntimeException e) {
            Pages.show(e, Map.of("rating", "csatRating", "comment", "csatComment"));
        }
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
        if (voted != null) {
            return voted;
        }
        QuestionDto q = getThread();
        if (q.id() == postId) {
            return q.score();
        }
        return q.answers().stream().filter(a -> a.id() == postId).mapToInt(AnswerDto::score).findFirst().orElse(0);
    }

    /** The viewer's vote on a post: 1, −1 or 0. */
    public int voteOf(long postId) {
        Integer voted = viewerVotes.get(postId);
        if (voted != null) {
            return voted;
        }
        QuestionDto q = getThread();
        if (q.id() == postId) {
            return q.viewerVote();
        }
        return q.answers().stream().filter(a -> a.id() == postId).mapToInt(AnswerDto::viewerVote).findFirst().orElse(0);
    }

    public boolean isSignedIn() {
        return viewer() != null;
    }

    /**
     * The viewer's voting and commenting privileges (all false for visitors), checked once per
     * request (the reputation may change between requests of this view) and not once per post.
     */
    public ViewerPrivileges getPrivileges() {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        ViewerPrivileges privileges = (ViewerPrivileges) request.get(PRIVILEGES_OF_REQUEST);
        if (privileges == null) {
            User viewer = viewer();
            var current = rules.current();
            privileges = new ViewerPrivileges(
                    viewer != null && gate.has(viewer, Privilege.VOTE_UP),
                    viewer != null && gate.has(viewer, Privilege.VOTE_DOWN),
                    viewer != null && gate.has(viewer, Privilege.COMMENT),
                    current.threshold(Privilege.VOTE_UP), current.threshold(Privilege.VOTE_DOWN),
                    current.threshold(Privilege.COMMENT));
            request.put(PRIVILEGES_OF_REQUEST, privileges);
        }
        return privileges;
    }

    /**
     * Own posts, and every post in one's own thread, can always be commented on (the asker replies
     * to answers); others' posts need the COMMENT privilege. Same rule as QuestionService.comment.
     */
    public boolean canCommentOn(long authorId) {
        User viewer = viewer();
        return viewer != null && (viewer.id() == authorId || isAsker() || getPrivileges().comment());
    }

    /** Accept buttons are for the asker. */
    public boolean isAsker() {
        User viewer = viewer();
        return viewer != null && getThread() != null && getThread().author().id() == viewer.id();
    }

    public boolean isOpen() {
        return getThread() != null && getThread().status() == QuestionStatus.OPEN;
    }

    // --- support ---------------------------------------------------------------------------------

    /** The ticket of this question, if it has one and the viewer is its asker or staff. */
    public TicketDto getTicket() {
        if (!ticketRead) {
            ticketRead = true;
            ticket = null;
            User viewer = viewer();
            QuestionDto q = getThread();
            if (viewer != null && q != null && q.escalated()) {
                try {
                    ticket = tickets.ticketOfQuestion(viewer, questionId).orElse(null);
                } catch (RuntimeException e) {
                    Pages.show(e, Map.of());
                }
            }
        }
        return ticket;
    }

    /** What the banner over an escalated question says to its asker and staff. */
    public String getTicketBanner() {
        TicketDto t = getTicket();
        if (t == null) {
            return "";
        }
        return switch (t.status()) {
            case NEW, OPEN -> t.firstResponseAt() == null
                    ? "Escalated to support — first response due by " + times.full(t.firstResponseDueAt())
                    : "Support is working on it — resolution due by " + times.full(t.resolutionDueAt());
            case PENDING -> isAsker() ? "Support answered — waiting on you" : "Support answered — waiting on the asker";
            case SOLVED -> t.resolution() == Ticket.Resolution.SUPPORT ? "Solved by support"
                    : t.resolution() == Ticket.Resolution.COMMUNITY ? "Solved by the community" : "Solved";
            case CLOSED -> "Closed — ask a new question if you need more help";
        };
    }

    /** The ticket page is for the asker and support agents. */
    public boolean isTicketPageVisible() {
        return getTicket() != null && (isAsker() || TicketService.isAgent(viewer()));
    }

    /**
     * "Still need help?" is offered to the asker (not staff, whose questions are never escalated)
     * once the question is an hour old: to escalate an open question, or to get support back on a
     * ticket that waits on them or was solved (and may still be reopened).
     */
    public boolean isMayAskForHelp() {
        User viewer = viewer();
        QuestionDto q = getThread();
        if (q == null || !isAsker() || viewer.staff()
                || !SUPPORT_WINDOWS.mayRequestHelp(q.createdAt(), clock.instant())) {
            return false;
        }
        if (!q.escalated()) {
            return isOpen() && !q.hidden();
        }
        TicketDto t = getTicket();
        return t != null && (t.status() == TicketStatus.PENDING
                || t.status() == TicketStatus.SOLVED && t.solvedAt() != null
                && SUPPORT_WINDOWS.mayReopen(t.solvedAt(), clock.instant()));
    }

    /** The asker may rate a solved ticket once per solve. */
    public boolean isCsatDue() {
        TicketDto t = getTicket();
        return t != null && isAsker() && t.csat() == null
                && (t.status() == TicketStatus.SOLVED || t.status() == TicketStatus.CLOSED);
    }

    public boolean isCsatGiven() {
        TicketDto t = getTicket();
        return t != null && isAsker() && t.csat() != null;
    }

    /** Up to five other questions with similar titles. */
    public List<Question> getRelated() {
        if (related == null) {
            QuestionDto q = getThread();
            related = q == null ? List.of() : queries.similar(q.title()).stream()
                    .filter(other -> other.id() != q.id()).limit(5).toList();
        }
        return related;
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

    public Integer getCsatRating() {
        return csatRating;
    }

    public void setCsatRating(Integer csatRating) {
        this.csatRating = csatRating;
    }

    public String getCsatComment() {
        return csatComment;
    }

    public void setCsatComment(String csatComment) {
        this.csatComment = csatComment;
    }

    public String getAnswerBody() {
        return answerBody;
    }

    public void setAnswerBody(String answerBody) {
        this.answerBody = answerBody;
    }
}
