package dev.peerdesk.thread.boundary;

import dev.peerdesk.notification.boundary.NotificationService;
import dev.peerdesk.question.control.AnswerDto;
import dev.peerdesk.question.control.QuestionDto;
import dev.peerdesk.question.control.QuestionQueries;
import dev.peerdesk.question.control.RelatedQuestions;
import dev.peerdesk.question.control.Threads;
import dev.peerdesk.question.entity.Post;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.reputation.Privilege;
import dev.peerdesk.reputation.Privileges;
import dev.peerdesk.reputation.ReputationRules;
import dev.peerdesk.reputation.control.ReputationRulesStore;
import dev.peerdesk.support.boundary.QuestionSupport;
import dev.peerdesk.support.boundary.TicketService;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The question page's one read: the thread and everything the viewer may do on it, in one
 * transaction, with the reputation rules read once (not once per post or privilege).
 */
@ApplicationScoped
public class QuestionPages {

    @Inject
    QuestionQueries queries;

    @Inject
    RelatedQuestions relatedQuestions;

    @Inject
    Threads threads;

    @Inject
    ReputationRulesStore rules;

    @Inject
    TicketService tickets;

    @Inject
    NotificationService follows;

    /** The page of a question the viewer may see; empty (404) for one that is not there for them. */
    @Transactional
    public Optional<QuestionPage> page(long questionId, User viewer) {
        Optional<Question> found = queries.question(questionId).filter(q -> q.visibleTo(viewer));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Question question = found.get();
        Threads.Loaded loaded = threads.load(question, viewer);
        QuestionDto thread = loaded.thread();
        List<Post> posts = Stream.concat(Stream.of((Post) question), loaded.answers().stream()).toList();

        Map<Long, Integer> votes = new HashMap<>();
        Map<Long, Integer> scores = new HashMap<>();
        votes.put(thread.id(), thread.viewerVote());
        scores.put(thread.id(), thread.score());
        for (AnswerDto answer : thread.answers()) {
            votes.put(answer.id(), answer.viewerVote());
            scores.put(answer.id(), answer.score());
        }
        votes.values().removeIf(vote -> vote == 0);

        List<Question> related = queries.byIds(relatedQuestions.of(question.id())).stream()
                .filter(other -> other.visibleTo(null)).toList();
        QuestionSupport support = tickets.onQuestionPage(viewer, question);
        return Optional.of(new QuestionPage(thread, related, votes, scores, support, affordances(viewer, question, posts)));
    }

    private QuestionPage.Affordances affordances(User viewer, Question question, List<Post> posts) {
        ReputationRules current = rules.current();
        boolean signedIn = viewer != null;
        Predicate<Privilege> holds = privilege -> signedIn
                && Privileges.check(viewer.reputation(), privilege, viewer.staff(), current);
        boolean comment = holds.test(Privilege.COMMENT);
        return new QuestionPage.Affordances(signedIn, question.writtenBy(viewer),
                holds.test(Privilege.VOTE_UP), holds.test(Privilege.VOTE_DOWN),
                current.threshold(Privilege.VOTE_UP), current.threshold(Privilege.VOTE_DOWN),
                signedIn && question.acceptsAnswers(), !signedIn && question.acceptsAnswers(),
                ids(posts, post -> post.commentableBy(viewer, question, comment)), current.threshold(Privilege.COMMENT),
                holds.test(Privilege.FLAG), current.threshold(Privilege.FLAG),
                ids(posts, post -> signedIn && !post.writtenBy(viewer)),
                signedIn && viewer.moderator(),
                ids(posts, Post::held),
                signedIn && follows.following(viewer, question.id()));
    }

    private static Set<Long> ids(List<Post> posts, Predicate<Post> which) {
        return posts.stream().filter(which).map(Post::id).collect(Collectors.toUnmodifiableSet());
    }
}
