package dev.peerdesk.question.entity;

import dev.peerdesk.user.entity.User;
import org.junit.jupiter.api.Test;

import static dev.peerdesk.question.entity.ThreadFixture.NOW;
import static dev.peerdesk.question.entity.ThreadFixture.answer;
import static dev.peerdesk.question.entity.ThreadFixture.question;
import static dev.peerdesk.question.entity.ThreadFixture.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A question has at most one accepted answer, and the question and its answers agree on which. */
class AcceptedAnswerTest {

    private final User asker = user(1);
    private final Question question = question(10, asker);
    private final Answer first = answer(11, question, user(2));
    private final Answer second = answer(12, question, user(3));

    @Test
    void acceptingMarksTheAnswerAndTheQuestion() {
        question.accept(first, null, NOW.plusSeconds(60));

        assertThat(first.accepted()).isTrue();
        assertThat(question.acceptedAnswerId()).isEqualTo(11L);
        assertThat(question.lastActivityAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void switchingTheAcceptedAnswerClearsTheOldOne() {
        question.accept(first, null, NOW);

        question.accept(second, first, NOW.plusSeconds(60));

        assertThat(first.accepted()).isFalse();
        assertThat(second.accepted()).isTrue();
        assertThat(question.acceptedAnswerId()).isEqualTo(12L);
    }

    @Test
    void unacceptingLeavesNoAcceptedAnswer() {
        question.accept(first, null, NOW);

        question.unaccept(first);

        assertThat(first.accepted()).isFalse();
        assertThat(question.acceptedAnswerId()).isNull();
    }

    @Test
    void theAnswerAcceptedSoFarMustBeNamedSoItCannotStayAccepted() {
        question.accept(first, null, NOW);

        assertThatThrownBy(() -> question.accept(second, null, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> question.accept(second, second, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(first.accepted()).isTrue();
        assertThat(second.accepted()).isFalse();
        assertThat(question.acceptedAnswerId()).isEqualTo(11L);
    }

    @Test
    void onlyTheAcceptedAnswerCanBeUnaccepted() {
        question.accept(first, null, NOW);

        assertThatThrownBy(() -> question.unaccept(second)).isInstanceOf(IllegalArgumentException.class);
        assertThat(question.acceptedAnswerId()).isEqualTo(11L);
    }

    @Test
    void anAnswerToAnotherQuestionCannotBeAccepted() {
        Answer elsewhere = answer(21, question(20, asker), user(2));

        assertThatThrownBy(() -> question.accept(elsewhere, null, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(elsewhere.accepted()).isFalse();
        assertThat(question.acceptedAnswerId()).isNull();
    }
}
