package dev.peerdesk.profile.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.question.control.QuestionQueries;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.reputation.Privilege;
import dev.peerdesk.reputation.Privileges;
import dev.peerdesk.reputation.boundary.ReputationService;
import dev.peerdesk.reputation.control.ReputationRulesStore;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import dev.peerdesk.user.boundary.UserDto;
import dev.peerdesk.user.boundary.UserService;

/**
 * {@code users/profile.xhtml?id=}: who someone is, what they asked lately, and their reputation:
 * badges, privileges and the ledger ({@code &cursor=} pages the ledger).
 */
@Named
@RequestScoped
public class ProfileView {

    static final int RECENT = 20;
    static final int HISTORY_PAGE = 20;

    /** What each privilege lets a member do, as the profile says it. */
    private static final Map<Privilege, String> PRIVILEGE_NAMES = Map.of(
            Privilege.VOTE_UP, "Vote up",
            Privilege.FLAG, "Flag posts",
            Privilege.COMMENT, "Comment on any post",
            Privilege.VOTE_DOWN, "Vote down",
            Privilege.CREATE_TAG, "Create new tags",
            Privilege.REVIEW, "Review first posts",
            Privilege.EDIT, "Edit others' posts",
            Privilege.CLOSE_VOTE, "Vote to close questions");

    /** The ledger's reasons in words (keyed by {@code ReputationReason} name). */
    private static final Map<String, String> REASONS = Map.of(
            "QUESTION_UPVOTED", "Question upvoted",
            "ANSWER_UPVOTED", "Answer upvoted",
            "DOWNVOTED", "Post downvoted",
            "DOWNVOTE_CAST", "Downvoted an answer",
            "ANSWER_ACCEPTED", "Answer accepted",
            "ACCEPTED_ANSWER", "Accepted an answer",
            "SPAM_PENALTY", "Post removed as spam or abusive",
            "REVERSAL", "Reversed (vote taken back or post deleted)");

    @Inject
    UserService users;

    @Inject
    QuestionQueries queries;

    @Inject
    ReputationService reputation;

    @Inject
    ReputationRulesStore rules;

    private String id;
    private String cursor;
    private User user;
    private List<Question> questions = List.of();
    private List<UserDto.BadgeDto> badges = List.of();
    private List<Privileges.Status> privileges = List.of();
    private Privileges.Status nextPrivilege;
    private ReputationService.History history;
    private Map<Long, Long> questionIdsOfPosts = Map.of();

    public void load() {
        long userId;
        try {
            userId = Long.parseLong(id == null ? "" : id.strip());
            user = users.find(userId);
        } catch (NumberFormatException | Refusal e) {
            Pages.notFound();
            return;
        }
        questions = queries.byAuthor(userId, RECENT);
        badges = reputation.badgesOf(userId);
        privileges = reputation.privileges(userId);
        nextPrivilege = Privileges.next(user.reputation(), user.staff(), rules.current()).orElse(null);
        try {
            history = reputation.history(userId, HISTORY_PAGE, cursor);
        } catch (Refusal e) { // a cursor that is not ours: start from the newest
            cursor = null;
            history = reputation.history(userId, HISTORY_PAGE, null);
        }
        questionIdsOfPosts = queries.questionIdsOf(history.items().stream()
                .map(ReputationService.HistoryItem::postId).filter(Objects::nonNull).distinct().toList());
    }

    public String privilegeName(Privilege privilege) {
        return PRIVILEGE_NAMES.getOrDefault(privilege, privilege.name());
    }

    public String reasonText(String reason) {
        return REASONS.getOrDefault(reason, reason);
    }

    /** The question to link for a ledger entry's post, or null when there is none (or it is gone). */
    public Long questionOf(Long postId) {
        return postId == null ? null : questionIdsOfPosts.get(postId);
    }

    /** Reputation still to earn for the next privilege. */
    public int getNeeded() {
        return nextPrivilege == null ? 0 : Math.max(0, nextPrivilege.threshold() - user.reputation());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    public User getUser() {
        return user;
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public List<UserDto.BadgeDto> getBadges() {
        return badges;
    }

    public List<Privileges.Status> getPrivileges() {
        return privileges;
    }

    public Privileges.Status getNextPrivilege() {
        return nextPrivilege;
    }

    public ReputationService.History getHistory() {
        return history;
    }
}
