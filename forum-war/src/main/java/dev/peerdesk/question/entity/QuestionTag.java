package dev.peerdesk.question.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** Which questions carry which tag; read-only here, written by the tagging SQL in QuestionService. */
@Entity
@Table(name = "question_tag")
@IdClass(QuestionTag.Key.class)
public class QuestionTag {

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
