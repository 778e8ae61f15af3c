package dev.peerdesk.support.control;

import dev.peerdesk.question.control.QuestionDto;
import dev.peerdesk.question.control.ThreadTickets;
import dev.peerdesk.question.control.TicketState;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.support.entity.Ticket;
import dev.peerdesk.support.policy.TicketStatus;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/** Shows a question's ticket in its thread to whom {@link Ticket#statusVisibleTo} allows. */
@ApplicationScoped
public class QuestionTickets implements ThreadTickets {

    @Inject
    TicketQueries queries;

    @Override
    public Optional<QuestionDto.TicketRef> ticketOf(Question question, User viewer) {
        if (viewer == null || !question.escalated()) {
            return Optional.empty();
        }
        return queries.ofQuestion(question.id()).filter(t -> t.statusVisibleTo(viewer))
                .map(t -> new QuestionDto.TicketRef(t.id(), state(t.status())));
    }

    /** Support's status as the thread shows it: the constant of the same name. */
    static TicketState state(TicketStatus status) {
        return switch (status) {
            case NEW -> TicketState.NEW;
            case OPEN -> TicketState.OPEN;
            case PENDING -> TicketState.PENDING;
            case SOLVED -> TicketState.SOLVED;
            case CLOSED -> TicketState.CLOSED;
        };
    }
}
