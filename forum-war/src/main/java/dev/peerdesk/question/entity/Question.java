package dev.peerdesk.question.entity;

import dev.peerdesk.moderation.CloseReason;
import dev.peerdesk.user.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedNativeQuery;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

@Entity
@DiscriminatorValue("Q")
@NamedNativeQuery(name = Question.ESCALATION_DUE, query = "SELECT id FROM post WHERE escalation_due_at <= ?1"
        + " ORDER BY escalation_due_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
@NamedNativeQuery(name = Question.LOCK, query = "SELECT id FROM post WHERE id = ?1 FOR UPDATE")
@NamedNativeQuery(name = Question.SCHEDULE_ESCALATION,
        query = "UPDATE post SET escalation_due_at = ?1 WHERE id = ?2 AND escalated = FALSE")
@NamedNativeQuery(name = Question.ESCALATED, query = "UPDATE post SET escalated = TRUE, escalation_due_at = NULL"
        + " WHERE id = ?1 AND escalated = FALSE")
@NamedNativeQuery(name = Question.RESCHEDULE_ALL, query = "UPDATE post SET escalation_due_at = ?1"
        + " WHERE kind = 'Q' AND escalated = FALSE AND deleted = 0")
@NamedNativeQuery(name = Question.NOTHING_TO_WAIT_FOR, query = "UPDATE post SET escalation_due_at = NULL WHERE id = ?1")
@NamedNativeQuery(name = Question.ESCALATE_SOONER,
        query = "UPDATE post SET escalation_due_at = LEAST(escalation_due_at, ?1) WHERE author_id = ?2"
                + " AND kind = 'Q' AND escalated = FALSE AND escalation_due_at IS NOT NULL")
public class Question extends Post {

    /**
     * Ids of questions whose escalation is due by ?1, soonest first, at most ?2, locked (skipping what other nodes
     * hold).
     */
    public static final String ESCALATION_DUE = "Question.escalationDue";
    /** Locks the row of question ?1 until the transaction ends. */
    public static final String LOCK = "Question.lock";
    /** ?1 when question ?2 is looked at again (null: never), unless escalated. */
    public static final String SCHEDULE_ESCALATION = "Question.scheduleEscalation";
    /** Question ?1 is escalated now (1 row), unless it was already (0 rows). */
    public static final String ESCALATED = "Question.escalated";
    /** Every waiting question is looked at again at ?1. */
    public static final String RESCHEDULE_ALL = "Question.rescheduleAll";
    /** Post ?1 waits for no escalation any more. */
    public static final String NOTHING_TO_WAIT_FOR = "Question.nothingToWaitFor";
    /** The waiting questions of author ?2 are looked at again by ?1 (their plan changed). */
    public static final String ESCALATE_SOONER = "Question.escalateSooner";

    private String title;

    /** The question's tags, space-separated, in the order the asker gave them. */
    private String tags;

    @Column(name = "view_count", insertable = false, updatable = false)
    private int viewCount;

    @Column(name = "answer_count", insertable = false, updatable = false)
    private int answerCount;

    /** Answers with a positive score; with no accepted answer, 0 means "unanswered". */
    @Column(name = "positive_answer_count", insertable = false, updatable = false)
    private int positiveAnswerCount;

    @Column(name = "accepted_answer_id")
    private Long acceptedAnswerId;

    @Enumerated(EnumType.STRING)
    private QuestionStatus status = QuestionStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    private CloseReason closeReason;

    @Column(name = "duplicate_of_id")
    private Long duplicateOfId;

    @Column(insertable = false, updatable = false)
    private boolean escalated;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    protected Question() {
    }

    public Question(User author, String title, String body, String bodyHtml, List<String> tags, Instant now) {
        super(author, body, bodyHtml, now);
        this.title = title;
        this.tags = String.join(" ", tags);
        this.lastActivityAt = now;
    }

    @Override
    public long questionId() {
        return id();
    }

    public String title() {
        return title;
    }

    public List<String> tags() {
        return tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(" "));
    }

    public int viewCount() {
        return viewCount;
    }

    public int answerCount() {
        return answerCount;
    }

    public Long acceptedAnswerId() {
        return acceptedAnswerId;
    }

    public QuestionStatus status() {
        return status;
    }

    public CloseReason closeReason() {
        return closeReason;
    }

    public Long duplicateOfId() {
        return duplicateOfId;
    }

    public boolean escalated() {
        return escalated;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public boolean locked() {
        return status == QuestionStatus.LOCKED;
    }

    /** Closed and locked questions take no new answers. */
    public boolean acceptsAnswers() {
        return status == QuestionStatus.OPEN;
    }

    public void revise(String title, String body, String bodyHtml, List<String> tags, Instant now) {
        this.title = title;
        this.tags = String.join(" ", tags);
        this.lastActivityAt = now;
        reviseBody(body, bodyHtml, now);
    }

    /**
     * The asker accepts {@code answer}. A question has at most one accepted answer: {@code accepted},
     * the answer accepted so far (null for none), loses its acceptance in the same step, so the
     * question and both answers never disagree about which one is accepted.
     *
     * @throws IllegalArgumentException when {@code answer} is not an answer to this question, or
     *                                  {@code accepted} is not the currently accepted answer
     */
    public void accept(Answer answer, Answer accepted, Instant now) {
        if (answer == null || !Objects.equals(answer.questionId(), id())) {
            throw new IllegalArgumentException("Not an answer to question " + id());
        }
        if (accepted != null) {
            unaccept(accepted);
        } else if (acceptedAnswerId != null) {
            throw new IllegalArgumentException("Answer " + acceptedAnswerId + " is accepted and must be passed");
        }
        answer.markAccepted(true);
        this.acceptedAnswerId = answer.id();
        this.lastActivityAt = now;
    }

    /**
     * Takes back the acceptance of {@code accepted}, the accepted answer (the asker unaccepts it, a
     * reopened ticket withdraws it, or it is deleted): the question has no accepted answer again.
     *
     * @throws IllegalArgumentException when {@code accepted} is not the accepted answer
     */
    public void unaccept(Answer accepted) {
        if (accepted == null || acceptedAnswerId == null || !acceptedAnswerId.equals(accepted.id())
                || !accepted.accepted()) {
            throw new IllegalArgumentException("Not the accepted answer of question " + id());
        }
        accepted.markAccepted(false);
        this.acceptedAnswerId = null;
    }

    /** Closed questions take no new answers and are never escalated. */
    public void close(CloseReason reason, Long duplicateOfId, Instant now) {
        this.status = QuestionStatus.CLOSED;
        this.closeReason = reason;
        this.duplicateOfId = duplicateOfId;
        this.lastActivityAt = now;
    }

    public void reopen(Instant now) {
        this.status = QuestionStatus.OPEN;
        this.closeReason = null;
        this.duplicateOfId = null;
        this.lastActivityAt = now;
    }

    /** Locked: no edits, votes, answers or comments. Unlocking returns it to open. */
    public void lock() {
        this.status = QuestionStatus.LOCKED;
    }

    public void unlock() {
        this.status = closeReason == null ? QuestionStatus.OPEN : QuestionStatus.CLOSED;
    }
}
