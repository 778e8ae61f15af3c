package dev.peerdesk.support.entity;

import dev.peerdesk.user.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a ticket's timeline (insert-only): what happened, who did it (null: the system), when. */
@Entity
@Table(name = "ticket_event")
public class TicketEvent {

    public enum Type {
        CREATED, ASSIGNED, CLAIMED, OFFICIAL_ANSWER, CUSTOMER_REPLIED, STATUS_CHANGED, PRIORITY_CHANGED,
        SOLVED, REOPENED, CLOSED, CSAT, MESSAGE, NOTE,
        /** Reopening withdrew the acceptance that had solved it. */
        ACCEPTANCE_WITHDRAWN,
        /** Closed, then unsolved again: a new round of support on the same ticket. */
        ESCALATED_AGAIN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id")
    private long ticketId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Type type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private User actor;

    private String detail;

    @Column(name = "created_at")
    private Instant createdAt;

    protected TicketEvent() {
    }

    public TicketEvent(long ticketId, Type type, User actor, String detail, Instant createdAt) {
        this.ticketId = ticketId;
        this.type = type;
        this.actor = actor;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long ticketId() {
        return ticketId;
    }

    public Type type() {
        return type;
    }

    public User actor() {
        return actor;
    }

    public String detail() {
        return detail;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
