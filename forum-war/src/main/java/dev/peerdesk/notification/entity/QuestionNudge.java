package dev.peerdesk.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

/**
 * The one nudge of a question's asker before an UNRESOLVED escalation. Written and read only through these statements
 * (by {@code notification.control}); never loaded or persisted as an entity.
 */
@Entity
@Table(name = "question_nudge")
@NamedNativeQuery(name = QuestionNudge.CANDIDATES, query = "SELECT p.id FROM post p WHERE p.escalation_due_at <= ?1"
        + " AND p.escalated = FALSE AND p.kind = 'Q' AND p.accepted_answer_id IS NULL"
        + " AND NOT EXISTS (SELECT 1 FROM question_nudge n WHERE n.question_id = p.id)"
        + " ORDER BY p.escalation_due_at LIMIT ?2")
@NamedNativeQuery(name = QuestionNudge.NUDGE,
        query = "INSERT IGNORE INTO question_nudge (question_id, asker_id, due_at,"
                + " nudged_at) VALUES (?1, ?2, ?3, ?4)")
@NamedNativeQuery(name = QuestionNudge.ACCEPTED,
        query = "UPDATE question_nudge n JOIN post q ON q.id = n.question_id SET n.accepted_at = ?1"
                + " WHERE n.question_id = ?2 AND n.accepted_at IS NULL AND q.escalated = FALSE")
@NamedNativeQuery(name = QuestionNudge.SUMMARY, query = "SELECT COUNT(*), COUNT(accepted_at) FROM question_nudge")
public class QuestionNudge {

    /** Unaccepted, unescalated questions due to escalate by ?1 and not nudged yet, soonest first, at most ?2. */
    public static final String CANDIDATES = "QuestionNudge.candidates";
    /** ?1 question, ?2 asker, ?3 escalation due, ?4 when; 0 rows when nudged already. */
    public static final String NUDGE = "QuestionNudge.nudge";
    /** ?1 when question ?2's asker accepted an answer after the nudge (unless escalated). */
    public static final String ACCEPTED = "QuestionNudge.accepted";
    /** (nudges, deflected). */
    public static final String SUMMARY = "QuestionNudge.summary";

    @Id
    @Column(name = "question_id")
    private Long id;

    protected QuestionNudge() {
    }
}
