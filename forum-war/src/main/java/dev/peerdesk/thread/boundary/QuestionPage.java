package dev.peerdesk.thread.boundary;

import dev.peerdesk.question.control.QuestionDto;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.support.boundary.QuestionSupport;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything {@code question/view.xhtml} shows one viewer, with every permission decided once, by
 * the rules of the features it draws on: the thread, related questions, the viewer's votes, the
 * support strip (ticket banner, "still need help", CSAT) and what the viewer may do.
 *
 * @param votes  the viewer's vote (1 or −1) by post id; posts they did not vote on are absent
 * @param scores the score of each post of the thread, by id
 */
public record QuestionPage(QuestionDto thread, List<Question> related, Map<Long, Integer> votes,
                           Map<Long, Integer> scores, QuestionSupport support, Affordances may) {

    /**
     * What the viewer may do on the page (nothing for visitors), and the reputation a missing
     * privilege takes.
     *
     * @param asker       accept and unaccept answers
     * @param answer      the answer form (signed in, the question takes answers)
     * @param signInToAnswer a visitor is asked to sign in to answer (the question takes answers)
     * @param commentable the posts the viewer may comment on ({@code Post.commentableBy})
     * @param flaggable   the posts that get a "Flag" link (others' posts; it works with {@code flag})
     * @param held        the posts held for a moderator's approval
     * @param following   the signed-in viewer follows the question (hears of its answers)
     */
    public record Affordances(boolean signedIn, boolean asker, boolean voteUp, boolean voteDown, int voteUpAt,
                              int voteDownAt, boolean answer, boolean signInToAnswer, Set<Long> commentable, int commentAt,
                              boolean flag, int flagAt, Set<Long> flaggable, boolean moderate, Set<Long> held,
                              boolean following) {

        public boolean comment(long postId) {
            return commentable.contains(postId);
        }

        public boolean flagLink(long postId) {
            return flaggable.contains(postId);
        }

        public boolean held(long postId) {
            return held.contains(postId);
        }
    }
}
