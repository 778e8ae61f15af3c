package dev.peerdesk.question.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** One version of a post, kept forever: who changed it, when, why, and the full text. */
@Entity
@Table(name = "post_revision")
@IdClass(Revision.Key.class)
public class Revision {

    /** Composite key (post, revision number). */
    public static class Key implements Serializable {
        private Long postId;
        private Integer revision;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(postId, k.postId)
                    && java.util.Objects.equals(revision, k.revision);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(postId, revision);
        }
    }

    @Id
    @Column(name = "post_id")
    private Long postId;

    @Id
    private Integer revision;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "created_at")
    private Instant createdAt;

    private String summary;
    private String title;
    private String body;
    private String tags;

    protected Revision() {
    }

    public Revision(Post post, long authorId, String summary, Instant now) {
        this.postId = post.id();
        this.revision = post.revision();
        this.authorId = authorId;
        this.createdAt = now;
        this.summary = summary;
        this.body = post.body();
        if (post instanceof Question question) {
            this.title = question.title();
            this.tags = String.join(" ", question.tags());
        }
    }

    public int revision() {
        return revision;
    }

    public long authorId() {
        return authorId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String summary() {
        return summary;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String tags() {
        return tags;
    }
}
