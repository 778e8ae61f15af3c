package dev.peerdesk.support.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** The asker's satisfaction with one solve of a ticket, 1–5; unique per (ticket, solve round). */
@Entity
@Table(name = "csat_rating")
@NamedNativeQuery(name = CsatRating.OF_ASKER,
        query = "SELECT c.ticket_id, t.question_id, c.rating, c.comment, c.created_at"
                + " FROM csat_rating c JOIN ticket t ON t.id = c.ticket_id WHERE c.asker_id = ?1"
                + " ORDER BY c.id DESC LIMIT ?2")
public class CsatRating {

    /** (ticket, question, rating, comment, when) of asker ?1's ratings, newest first, at most ?2. */
    public static final String OF_ASKER = "CsatRating.ofAsker";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id")
    private long ticketId;

    @Column(name = "solve_round")
    private int solveRound;

    @Column(name = "asker_id")
    private long askerId;

    private int rating;

    private String comment;

    @Column(name = "created_at")
    private Instant createdAt;

    protected CsatRating() {
    }

    public CsatRating(Ticket ticket, int rating, String comment, Instant createdAt) {
        this.ticketId = ticket.id();
        this.solveRound = ticket.solveRound();
        this.askerId = ticket.askerId();
        this.rating = rating;
        this.comment = comment;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long ticketId() {
        return ticketId;
    }

    public int solveRound() {
        return solveRound;
    }

    public int rating() {
        return rating;
    }

    public String comment() {
        return comment;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
