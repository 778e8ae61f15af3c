package dev.peerdesk.question.entity;

import dev.peerdesk.user.entity.User;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What questions and answers have in common. They live in one table so that they share one id
 * space ({@code /posts/{id}} takes either). Scores and counters are changed only by atomic SQL
 * updates, never through the entity, so concurrent votes and answers lose nothing; the version
 * guards edits.
 */
@Entity
@Table(name = "post")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 1)
// the counters' statements, run only by question.control.PostCounters (their one writer)
@NamedNativeQuery(name = Post.ANSWERS, query = "UPDATE post SET answer_count = answer_count + ?1,"
        + " positive_answer_count = positive_answer_count + ?2 WHERE id = ?3")
@NamedNativeQuery(name = Post.ANSWER_POSTED, query = "UPDATE post SET answer_count = answer_count + ?3,"
        + " last_activity_at = GREATEST(last_activity_at, ?1) WHERE id = ?2")
@NamedNativeQuery(name = Post.POSITIVE_ANSWERS,
        query = "UPDATE post SET positive_answer_count = positive_answer_count + ?1 WHERE id = ?2")
@NamedNativeQuery(name = Post.SCORE_OF, query = "SELECT score FROM post WHERE id = ?1")
@NamedNativeQuery(name = Post.SCORE, query = "UPDATE post SET score = score + ?1 WHERE id = ?2")
@NamedNativeQuery(name = Post.ACTIVITY,
        query = "UPDATE post SET last_activity_at = GREATEST(last_activity_at, ?1) WHERE id = ?2")
// the view counter's (question.control.ViewCounter)
@NamedNativeQuery(name = Post.VIEWS,
        query = "UPDATE post SET view_count = view_count + ?1 WHERE id = ?2 AND kind = 'Q'")
// reads for the features above (notification)
@NamedNativeQuery(name = Post.PARTICIPANTS, query = "SELECT u.id, u.display_name FROM app_user u WHERE u.id IN ("
        + " SELECT author_id FROM post WHERE id = ?1 AND kind = 'Q'"
        + " UNION SELECT author_id FROM post WHERE question_id = ?1 AND kind = 'A' AND deleted = 0"
        + " UNION SELECT author_id FROM comment WHERE question_id = ?1 AND deleted = 0)")
@NamedNativeQuery(name = Post.ASKER_OF, query = "SELECT author_id FROM post WHERE id = ?1 AND kind = 'Q'")
@NamedNativeQuery(name = Post.TITLE_OF, query = "SELECT title FROM post WHERE id = ?1 AND kind = 'Q' AND deleted = 0")
@NamedNativeQuery(name = Post.BODY_OF, query = "SELECT body FROM post WHERE id = ?1 AND deleted = 0")
// reads of the question feature (QuestionQueries)
@NamedNativeQuery(name = Post.VOTES_IN_THREAD, query = "SELECT v.post_id, v.value FROM vote v JOIN post p"
        + " ON p.id = v.post_id WHERE v.voter_id = ?1 AND (p.id = ?2 OR p.question_id = ?3)")
@NamedNativeQuery(name = Post.ACCEPTED_ANSWERS_OF, query = "SELECT COUNT(*) FROM post WHERE kind = 'A'"
        + " AND author_id = ?1 AND accepted = 1 AND deleted = 0")
@NamedNativeQuery(name = Post.SIMILAR_SOLVED, query = "SELECT id FROM post WHERE kind = 'Q' AND deleted = 0"
        + " AND hidden = 0 AND accepted_answer_id IS NOT NULL AND id <> ?3"
        + " AND MATCH(title) AGAINST (?1 IN NATURAL LANGUAGE MODE)"
        + " ORDER BY MATCH(title) AGAINST (?2 IN NATURAL LANGUAGE MODE) DESC, id DESC LIMIT 3")
@NamedNativeQuery(name = Post.SIMILAR_TITLES, query = "SELECT id FROM post WHERE kind = 'Q' AND deleted = 0"
        + " AND hidden = 0 AND MATCH(title) AGAINST (?1 IN NATURAL LANGUAGE MODE)"
        + " ORDER BY MATCH(title) AGAINST (?2 IN NATURAL LANGUAGE MODE) DESC, id DESC LIMIT 5")
public abstract class Post {

    /** ?1 visible answers delta, ?2 positively scored answers delta, ?3 question. */
    public static final String ANSWERS = "Post.answers";
    /** ?1 when, ?2 question, ?3 answers delta (0 for a held answer). */
    public static final String ANSWER_POSTED = "Post.answerPosted";
    /** ?1 positively scored answers delta, ?2 question. */
    public static final String POSITIVE_ANSWERS = "Post.positiveAnswers";
    /** The stored score of post ?1. */
    public static final String SCORE_OF = "Post.scoreOf";
    /** ?1 score delta, ?2 post. */
    public static final String SCORE = "Post.score";
    /** ?1 when, ?2 question: last activity moves forward only. */
    public static final String ACTIVITY = "Post.activity";
    /** (id, display name) of everyone who asked, answered or commented (not deleted) in question ?1. */
    public static final String PARTICIPANTS = "Post.participants";
    /** The author of question ?1 (no row when there is no such question). */
    public static final String ASKER_OF = "Post.askerOf";
    /** The title of question ?1 unless deleted. */
    public static final String TITLE_OF = "Post.titleOf";
    /** The Markdown of post ?1 (question or answer) unless deleted. */
    public static final String BODY_OF = "Post.bodyOf";
    /** ?1 more views of question ?2. */
    public static final String VIEWS = "Post.views";
    /** (post, value) of voter ?1's votes on question ?2 and its answers (?3 the question again). */
    public static final String VOTES_IN_THREAD = "Post.votesInThread";
    /** How many of author ?1's answers (not deleted) are accepted. */
    public static final String ACCEPTED_ANSWERS_OF = "Post.acceptedAnswersOf";
    /** Ids of the 5 visible questions whose titles match the words ?1 best (?2 the words again). */
    public static final String SIMILAR_TITLES = "Post.similarTitles";
    /** The three visible questions with an accepted answer whose titles are nearest to ?1 (= ?2), other than ?3. */
    public static final String SIMILAR_SOLVED = "Post.similarSolved";


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private User author;

    private String body;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(insertable = false, updatable = false)
    private int score;

    private boolean hidden;

    private boolean deleted;

    /** Held for a moderator's approval (a new user's post with links); hidden until approved. */
    private boolean held;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    private int revision = 1;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected Post() {
    }

    protected Post(User author, String body, String bodyHtml, Instant now) {
        this.author = author;
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public User author() {
        return author;
    }

    public boolean writtenBy(User user) {
        return user != null && author.id().equals(user.id());
    }

    public String body() {
        return body;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public int score() {
        return score;
    }

    /**
     * Who may see this post: nobody once deleted; everyone while not hidden; a hidden post only its
     * author and moderators (so they can see what was hidden and unhide it). Anonymous viewers are null.
     */
    public boolean visibleTo(User viewer) {
        if (deleted()) {
            return false;
        }
        return !hidden() || (viewer != null && (writtenBy(viewer) || viewer.moderator()));
    }

    /**
     * Who may comment on this post of {@code thread} (the question it belongs to; for a question,
     * itself): its author; the asker of the thread, who may always reply to the answers on their own
     * question (the support loop depends on it); anyone else only with the COMMENT privilege,
     * {@code commentPrivilege}. Visitors (null) never. Whether the thread is locked is a separate
     * matter (it refuses every comment, whoever writes it).
     */
    public boolean commentableBy(User user, Question thread, boolean commentPrivilege) {
        return user != null && (writtenBy(user) || thread.writtenBy(user) || commentPrivilege);
    }

    public boolean hidden() {
        return hidden;
    }

    public boolean deleted() {
        return deleted;
    }

    public int revision() {
        return revision;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    /** Visible to everyone: neither deleted nor hidden by moderation. */
    public boolean publiclyVisible() {
        return !deleted && !hidden;
    }

    /** Replaces the body and starts the next revision; the caller records the revision row. */
    protected void reviseBody(String body, String bodyHtml, Instant now) {
        this.body = body;
        this.bodyHtml = bodyHtml;
        this.updatedAt = now;
        this.revision++;
    }

    public boolean held() {
        return held;
    }

    public Instant hiddenAt() {
        return hiddenAt;
    }

    /** Hidden from everyone but its author and moderators; returns false if it already was. */
    public boolean hide(Instant now) {
        if (hidden) {
            return false;
        }
        hidden = true;
        hiddenAt = now;
        return true;
    }

    /** Back in public view (also ends a hold); returns false if it was not hidden. */
    public boolean unhide() {
        held = false;
        if (!hidden) {
            return false;
        }
        hidden = false;
        hiddenAt = null;
        return true;
    }

    public void holdForApproval(Instant now) {
        held = true;
        hide(now);
    }

    public void delete(Instant now) {
        this.deleted = true;
        this.updatedAt = now;
    }

    public abstract long questionId();
}
