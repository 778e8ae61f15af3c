package dev.peerdesk.support.control;

import dev.peerdesk.support.entity.CsatRating;
import dev.peerdesk.support.entity.Ticket;
import dev.peerdesk.support.entity.TicketEvent;
import dev.peerdesk.support.entity.TicketMessage;
import dev.peerdesk.support.policy.EscalationReason;
import dev.peerdesk.support.policy.Priority;
import dev.peerdesk.support.policy.TicketStatus;
import dev.peerdesk.user.control.UserRef;
import jakarta.json.bind.annotation.JsonbNillable;

import java.time.Instant;
import java.util.List;

/**
 * {@code Ticket} of API.md; {@code events} only on a single ticket, {@code notes} only for agents.
 * Null fields are written as null (the contract says {@code assignee: UserRef|null} etc.). The
 * closed sets are enums, written as their names.
 */
@JsonbNillable
public record TicketDto(long id, long questionId, TicketStatus status, Priority priority, EscalationReason reason,
                        @JsonbNillable UserRef assignee, Instant escalatedAt, Instant firstResponseDueAt,
                        Instant resolutionDueAt, @JsonbNillable Instant firstResponseAt,
                        @JsonbNillable Instant solvedAt, @JsonbNillable Ticket.Resolution resolution, @JsonbNillable Csat csat,
                        List<EventDto> events, List<MessageDto> notes) {

    public record Csat(int rating, String comment) {
    }

    public record EventDto(long id, TicketEvent.Type type, @JsonbNillable UserRef actor, String detail, Instant createdAt) {

        public static EventDto of(TicketEvent e) {
            return new EventDto(e.id(), e.type(), e.actor() == null ? null : UserRef.of(e.actor()), e.detail(),
                    e.createdAt());
        }
    }

    /** {@code channel}: WEB or EMAIL, how it reached the ticket. */
    public record MessageDto(long id, UserRef author, String body, Instant createdAt, String channel) {

        public static MessageDto of(TicketMessage m) {
            return new MessageDto(m.id(), UserRef.of(m.author()), m.body(), m.createdAt(), m.byEmail() ? "EMAIL" : "WEB");
        }

        /** Words for the timeline. */
        public String channelLabel() {
            return "EMAIL".equals(channel) ? "by e-mail" : "on the web";
        }
    }

    /** {@code csat}: the rating of the current solve, if given. */
    public static TicketDto of(Ticket t, CsatRating csat) {
        return of(t, csat, null, null);
    }

    public static TicketDto of(Ticket t, CsatRating csat, List<EventDto> events, List<MessageDto> notes) {
        return new TicketDto(t.id(), t.questionId(), t.status(), t.priority(), t.reason(),
                t.assignee() == null ? null : UserRef.of(t.assignee()), t.escalatedAt(), t.firstResponseDueAt(),
                t.resolutionDueAt(), t.firstResponseAt(), t.solvedAt(), t.resolution(),
                csat == null ? null : new Csat(csat.rating(), csat.comment()), events, notes);
    }
}
