package dev.peerdesk.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

/**
 * One rate-limited action (vote, flag, comment) of a user, counted per window. Written and read only through these
 * statements (by {@code moderation.control.ModerationGate}); never loaded or persisted as an entity.
 */
@Entity
@Table(name = "rate_event")
@NamedNativeQuery(name = RateEvent.RECORD,
        query = "INSERT INTO rate_event (user_id, action, created_at) VALUES (?1, ?2, ?3)")
@NamedNativeQuery(name = RateEvent.LAST_QUESTION,
        query = "SELECT MAX(created_at) FROM post WHERE author_id = ?1 AND kind = 'Q'")
public class RateEvent {

    /** ?1 user, ?2 action, ?3 when. */
    public static final String RECORD = "RateEvent.record";
    /** When user ?1 last asked a question (NULL: never); the new-user limit on questions. */
    public static final String LAST_QUESTION = "RateEvent.lastQuestion";

    @Id
    @Column(name = "id")
    private Long id;

    protected RateEvent() {
    }
}
