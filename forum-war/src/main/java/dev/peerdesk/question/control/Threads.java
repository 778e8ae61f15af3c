package dev.peerdesk.question.control;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.question.entity.Answer;
import dev.peerdesk.question.entity.Comment;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;

/**
 * Assembles a whole question thread for one viewer in a fixed number of queries (question, answers,
 * comments, the viewer's votes, its ticket), whatever its size.
 */
@ApplicationScoped
public class Threads {

    @Inject
    QuestionQueries queries;

    @Inject
    ViewCounter views;

    @Inject
    ThreadTickets tickets;

    /** A thread as its page needs it: the API's record, and the visible answers it was made of. */
    public record Loaded(QuestionDto thread, List<Answer> answers) {
    }

    /** The thread of a question the viewer may see, or 404 (a hidden or deleted question does not exist for them). */
    public QuestionDto visibleThread(long questionId, User viewer) {
        Question question = queries.question(questionId)
                .filter(q -> q.visibleTo(viewer))
                .orElseThrow(() -> Refusal.notFound("Question " + questionId));
        return thread(question, viewer);
    }

    public QuestionDto thread(Question question, User viewer) {
        return load(question, viewer).thread();
    }

    public Loaded load(Question question, User viewer) {
        long id = question.id();
        Map<Long, List<Comment>> comments = queries.commentsByPost(id);
        Map<Long, Integer> votes = viewer == null ? Map.of() : queries.votesOf(viewer.id(), id);
        List<Answer> visible = queries.answers(id).stream().filter(a -> a.visibleTo(viewer)).toList();
        List<AnswerDto> answers = visible.stream().map(a -> answer(a, votes, comments)).toList();
        QuestionDto.TicketRef ticket = tickets.ticketOf(question, viewer).orElse(null);
        return new Loaded(QuestionDto.of(question, views.unwritten(id), votes.getOrDefault(id, 0), ticket, answers,
                commentsOf(id, comments)), visible);
    }

    public AnswerDto answer(Answer answer, Map<Long, Integer> votes, Map<Long, List<Comment>> comments) {
        return AnswerDto.of(answer, votes.getOrDefault(answer.id(), 0), commentsOf(answer.id(), comments));
    }

    private static List<CommentDto> commentsOf(long postId, Map<Long, List<Comment>> comments) {
        return comments.getOrDefault(postId, List.of()).stream().map(CommentDto::of).toList();
    }
}
