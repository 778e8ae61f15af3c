package dev.peerdesk.question.entity;

import dev.peerdesk.user.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A short remark on a question or an answer; carries its question id so a thread loads in one query. */
@Entity
@Table(name = "comment")
@NamedNativeQuery(name = Comment.BODY_OF, query = "SELECT body FROM comment WHERE id = ?1 AND deleted = 0")
public class Comment {

    /** The Markdown of comment ?1 unless deleted. */
    public static final String BODY_OF = "Comment.bodyOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "question_id")
    private Long questionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private User author;

    private String body;

    private boolean deleted;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Comment() {
    }

    public Comment(Post post, User author, String body, Instant now) {
        this.postId = post.id();
        this.questionId = post.questionId();
        this.author = author;
        this.body = body;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Long postId() {
        return postId;
    }

    public Long questionId() {
        return questionId;
    }

    public User author() {
        return author;
    }

    public String body() {
        return body;
    }

    public boolean deleted() {
        return deleted;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean writtenBy(User user) {
        return user != null && author.id().equals(user.id());
    }

    public void delete() {
        this.deleted = true;
    }
}
