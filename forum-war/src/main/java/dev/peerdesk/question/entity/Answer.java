package dev.peerdesk.question.entity;

import dev.peerdesk.user.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import java.time.Instant;

@Entity
@DiscriminatorValue("A")
public class Answer extends Post {

    @Column(name = "question_id")
    private Long questionId;

    private boolean accepted;

    /** Posted by a support agent on an escalated question. */
    private boolean official;

    protected Answer() {
    }

    public Answer(Question question, User author, String body, String bodyHtml, boolean official, Instant now) {
        super(author, body, bodyHtml, now);
        this.questionId = question.id();
        this.official = official;
    }

    @Override
    public long questionId() {
        return questionId;
    }

    public boolean accepted() {
        return accepted;
    }

    public boolean official() {
        return official;
    }

    /** Only through {@link Question#accept} and {@link Question#unaccept}, which keep the question in step. */
    void markAccepted(boolean accepted) {
        this.accepted = accepted;
    }

    public void revise(String body, String bodyHtml, Instant now) {
        reviseBody(body, bodyHtml, now);
    }
}
