package dev.peerdesk.question.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

/** A topic label; its question count is kept by atomic updates when questions are tagged or untagged. */
@Entity
@Table(name = "tag")
@NamedNativeQuery(name = Tag.COUNT, query = "UPDATE tag SET question_count = question_count + ?1 WHERE name = ?2")
@NamedNativeQuery(name = Tag.ADDED, query = "INSERT INTO tag (name, question_count, created_at) VALUES (?1, 1, ?2)"
        + " ON DUPLICATE KEY UPDATE question_count = question_count + 1")
@NamedNativeQuery(name = Tag.ID_OF, query = "SELECT id FROM tag WHERE name = ?1")
@NamedNativeQuery(name = Tag.CREATE, query = "INSERT IGNORE INTO tag (name, description, question_count, created_at)"
        + " VALUES (?1, ?2, 0, UTC_TIMESTAMP(6))")
public class Tag {

    /** ?1 question count delta, ?2 tag name. */
    public static final String COUNT = "Tag.count";
    /** ?1 tag name, ?2 when: created with one question, or counted one more. */
    public static final String ADDED = "Tag.added";
    /** The id of the tag named ?1 (no row when there is none). */
    public static final String ID_OF = "Tag.idOf";
    /** ?1 name, ?2 description: a tag with no questions, unless there is one of that name. */
    public static final String CREATE = "Tag.create";


    @Id
    private Long id;

    private String name;

    private String description;

    @Column(name = "question_count")
    private int questionCount;

    protected Tag() {
    }

    public Long id() {
        return id;
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
