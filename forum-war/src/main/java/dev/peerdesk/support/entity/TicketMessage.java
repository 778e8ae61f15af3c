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

/**
 * Words on a ticket that never reach the public thread: a private message (the asker and the
 * agents see it) or an internal note (only agents see it).
 */
@Entity
@Table(name = "ticket_message")
public class TicketMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id")
    private long ticketId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private User author;

    private boolean internal;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    /** WEB or EMAIL: the channel it came through, so the agent sees one history across channels. */
    private String channel = "WEB";

    protected TicketMessage() {
    }

    public TicketMessage(long ticketId, User author, boolean internal, String body, Instant createdAt) {
        this(ticketId, author, internal, body, createdAt, false);
    }

    public TicketMessage(long ticketId, User author, boolean internal, String body, Instant createdAt, boolean byEmail) {
        this.channel = byEmail ? "EMAIL" : "WEB";
        this.ticketId = ticketId;
        this.author = author;
        this.internal = internal;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long ticketId() {
        return ticketId;
    }

    public User author() {
        return author;
    }

    public boolean internal() {
        return internal;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean byEmail() {
        return "EMAIL".equals(channel);
    }
}
