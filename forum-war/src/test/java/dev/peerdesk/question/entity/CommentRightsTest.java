package dev.peerdesk.question.entity;

import dev.peerdesk.user.entity.User;
import org.junit.jupiter.api.Test;

import static dev.peerdesk.question.entity.ThreadFixture.answer;
import static dev.peerdesk.question.entity.ThreadFixture.question;
import static dev.peerdesk.question.entity.ThreadFixture.user;
import static org.assertj.core.api.Assertions.assertThat;

/** Post.commentableBy: who may comment on a post, the same for the service and the question page. */
class CommentRightsTest {

    private final User asker = user(1);
    private final User answerer = user(2);
    private final User other = user(3);
    private final Question question = question(10, asker);
    private final Answer answer = answer(11, question, answerer);

    @Test
    void authorsMayAlwaysCommentOnTheirOwnPosts() {
        assertThat(question.commentableBy(asker, question, false)).isTrue();
        assertThat(answer.commentableBy(answerer, question, false)).isTrue();
    }

    @Test
    void theAskerMayAlwaysReplyToAnswersOnTheirOwnQuestion() {
        assertThat(answer.commentableBy(asker, question, false)).isTrue();
    }

    @Test
    void othersNeedTheCommentPrivilege() {
        assertThat(question.commentableBy(other, question, false)).isFalse();
        assertThat(answer.commentableBy(other, question, false)).isFalse();
        assertThat(question.commentableBy(answerer, question, false)).as("an answerer on the question").isFalse();
        assertThat(question.commentableBy(other, question, true)).isTrue();
        assertThat(answer.commentableBy(other, question, true)).isTrue();
    }

    @Test
    void visitorsNeverComment() {
        assertThat(question.commentableBy(null, question, true)).isFalse();
        assertThat(answer.commentableBy(null, question, true)).isFalse();
    }
}
