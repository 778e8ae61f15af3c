package dev.peerdesk.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One SLA alert of a ticket, deadline and stage: the key keeps two sweeping nodes from alerting twice. Written and read
 * only through these statements (by {@code notification.control}); never loaded or persisted as an entity.
 */
@Entity
@Table(name = "ticket_sla_alert")
@IdClass(TicketSlaAlert.Key.class)
@NamedNativeQuery(name = TicketSlaAlert.DUE_TICKETS,
        query = "SELECT t.id, t.question_id, t.asker_id, t.assignee_id, t.status,"
                + " t.first_response_due_at, t.first_response_at, t.resolution_due_at, t.solved_at"
                + " FROM ticket t WHERE t.status IN ('NEW', 'OPEN') AND t.sla_due_at <= ?1"
                + " AND NOT EXISTS (SELECT 1 FROM ticket_sla_alert a WHERE a.ticket_id = t.id"
                + " AND a.stage = CASE WHEN t.sla_due_at < ?3 THEN 'BREACHED' ELSE 'AT_RISK' END"
                + " AND a.deadline = CASE WHEN t.first_response_at IS NULL"
                + " THEN 'FIRST_RESPONSE' ELSE 'RESOLUTION' END)"
                + " ORDER BY t.sla_due_at LIMIT ?2")
@NamedNativeQuery(name = TicketSlaAlert.RAISE,
        query = "INSERT IGNORE INTO ticket_sla_alert (ticket_id, deadline, stage,"
                + " due_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
public class TicketSlaAlert {

    /**
     * (id, question, asker, assignee, status, first response due, first response, resolution due, solved) of open
     * tickets whose next deadline is by ?1 (?3 now) and not alerted at that stage, at most ?2.
     */
    public static final String DUE_TICKETS = "TicketSlaAlert.dueTickets";
    /** ?1 ticket, ?2 deadline, ?3 stage, ?4 due, ?5 when; 0 rows when alerted already. */
    public static final String RAISE = "TicketSlaAlert.raise";

    @Id
    @Column(name = "ticket_id")
    private long ticketId;

    @Id
    @Column(name = "deadline")
    private String deadline;

    @Id
    @Column(name = "stage")
    private String stage;

    protected TicketSlaAlert() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long ticketId;
        private String deadline;
        private String stage;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.ticketId, ticketId)
                    && Objects.equals(k.deadline, deadline) && Objects.equals(k.stage, stage);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ticketId, deadline, stage);
        }
    }
}
