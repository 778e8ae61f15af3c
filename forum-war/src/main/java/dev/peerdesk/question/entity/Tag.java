package dev.peerdesk.question.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A topic label; its question count is kept by atomic updates when questions are tagged or untagged. */
@Entity
@Table(name = "tag")
public class Tag {

    @Id
    private Long id;

    private String name;

    private String description;

    @Column(name = "question_count")
    private int questionCount;

    protected Tag() {
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public int questionCount() {
        return questionCount;
    }
}
