package dev.peerdesk.question.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** Which questions carry which tag; read-only here, written by the tagging SQL in QuestionService. */
@Entity
@Table(name = "question_tag")
@IdClass(QuestionTag.Key.class)
@NamedNativeQuery(name = QuestionTag.LINK,
        query = "INSERT INTO question_tag (tag_id, question_id) SELECT id, ?1 FROM tag WHERE name = ?2")
@NamedNativeQuery(name = QuestionTag.UNLINK, query = "DELETE FROM question_tag WHERE question_id = ?1"
        + " AND tag_id = (SELECT id FROM tag WHERE name = ?2)")
public class QuestionTag {

    /** ?1 question, ?2 tag name. */
    public static final String LINK = "QuestionTag.link";
    /** ?1 question, ?2 tag name. */
    public static final String UNLINK = "QuestionTag.unlink";


    public static class Key implements Serializable {
        private Long tagId;
        private Long questionId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(tagId, k.tagId) && Objects.equals(questionId, k.questionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tagId, questionId);
        }
    }

    @Id
    @Column(name = "tag_id")
    private Long tagId;

    @Id
    @Column(name = "question_id")
    private Long questionId;

    protected QuestionTag() {
    }
}
