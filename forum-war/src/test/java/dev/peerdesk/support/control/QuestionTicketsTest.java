package dev.peerdesk.support.control;

import dev.peerdesk.question.control.TicketState;
import dev.peerdesk.support.policy.TicketStatus;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionTicketsTest {

    @Test
    void aThreadShowsEveryTicketStatusUnderItsOwnName() {
        for (TicketStatus status : TicketStatus.values()) {
            assertThat(QuestionTickets.state(status).name()).isEqualTo(status.name());
        }
        assertThat(Arrays.stream(TicketState.values()).map(Enum::name))
                .containsExactly(Arrays.stream(TicketStatus.values()).map(Enum::name).toArray(String[]::new));
    }
}
