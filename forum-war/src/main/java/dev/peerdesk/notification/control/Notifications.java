package dev.peerdesk.notification.control;

import dev.peerdesk.notification.entity.QuestionFollow;
import dev.peerdesk.notification.entity.TagFollow;
import dev.peerdesk.platform.InstantConverter;
import dev.peerdesk.platform.Row;
import dev.peerdesk.question.entity.Comment;
import dev.peerdesk.question.entity.Post;
import dev.peerdesk.question.entity.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Clock;
import java.util.List;

/**
 * The one writer of the {@code notification} and {@code question_follow} tables. Writes join the
 * caller's transaction (the fact's), so a rolled-back fact notifies nobody. Recipients are chosen by
 * one {@code INSERT … SELECT}, so a question with a thousand followers costs one statement; the
 * actor is always left out (nobody is notified of their own action).
 */
@ApplicationScoped
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailSettings mailSettings;

    /** Notifies the users {@code recipientsSql} selects (one column, parameters from ?10 on), except the actor. */
    public int notify(Notice notice, long actorId, String recipientsSql, Object... recipientParams) {
        return notify(notice, actorId, null, recipientsSql, recipientParams);
    }

    /**
     * As {@link #notify(Notice, long, String, Object...)}; each row also learns whether it goes into its
     * recipient's daily digest: when the recipient's e-mail setting for the type is DIGEST (their stored
     * choice, else {@link MailDelivery#byDefault} for {@code ownerId} — the asker — and everyone when
     * {@code ownerId} is null, else {@link MailDelivery#FOR_FOLLOWERS}). Still one statement.
     */
    public int notify(Notice notice, long actorId, Long ownerId, String recipientsSql, Object... recipientParams) {
        String subject = subject(notice.questionId());
        if (subject == null) {
            return 0; // the question is gone: nothing to point at
        }
        int n = recipientParams.length;
        String digest = "NULL";
        if (mailSettings.enabled()) {
            String fallback = ownerId == null ? "?" + (11 + n)
                    : "CASE WHEN r.uid = ?" + (12 + n) + " THEN ?" + (11 + n) + " ELSE ?" + (13 + n) + " END";
            digest = "CASE WHEN COALESCE((SELECT s.delivery FROM notification_mail_setting s WHERE s.user_id = r.uid"
                    + " AND s.type = ?1), " + fallback + ") = 'DIGEST' THEN ?" + (10 + n) + " END";
        }
        java.time.Instant now = clock.instant();
        // Built at run time (the caller's recipients, a digest clause when mail is on): cannot be a named query.
        Query insert = em.createNativeQuery("INSERT INTO notification (recipient_id, type, question_id, post_id,"
                        + " ticket_id, subject, detail, fact_count, fold_key, created_at, updated_at, digest_due_at)"
                        + " SELECT DISTINCT r.uid, ?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, ?8, ?8, " + digest
                        + " FROM (" + recipientsSql + ") r"
                        + " WHERE r.uid IS NOT NULL AND r.uid <> ?9"
                        + " ON DUPLICATE KEY UPDATE fact_count = fact_count + 1, post_id = VALUES(post_id),"
                        + " question_id = VALUES(question_id), subject = VALUES(subject),"
                        + " digest_due_at = COALESCE(digest_due_at, VALUES(digest_due_at)),"
                        + " updated_at = VALUES(updated_at)")
                .setParameter(1, notice.type().name()).setParameter(2, notice.questionId())
                .setParameter(3, notice.postId()).setParameter(4, notice.ticketId())
                .setParameter(5, subject).setParameter(6, notice.detail()).setParameter(7, notice.foldKey())
                .setParameter(8, InstantConverter.toDatabase(now)).setParameter(9, actorId);
        for (int i = 0; i < n; i++) {
            insert.setParameter(10 + i, recipientParams[i]);
        }
        if (mailSettings.enabled()) {
            insert.setParameter(10 + n, InstantConverter.toDatabase(mailSettings.digestSchedule().nextAfter(now)));
            insert.setParameter(11 + n, MailDelivery.byDefault(notice.type()).name());
            if (ownerId != null) {
                insert.setParameter(12 + n, ownerId);
                insert.setParameter(13 + n, MailDelivery.FOR_FOLLOWERS.name());
            }
        }
        return insert.executeUpdate();
    }

    /**
     * NEW_QUESTION to the followers of the question's tags, except the asker: one statement however
     * many follow. Someone following several of its tags hears once (of the first tag by name); the
     * notification folds per tag while unread ("3 new questions in billing").
     */
    public int notifyTagFollowers(long questionId, long askerId) {
        String subject = subject(questionId);
        if (subject == null) {
            return 0;
        }
        java.time.Instant now = clock.instant();
        String digest = "NULL";
        if (mailSettings.enabled()) {
            digest = "CASE WHEN COALESCE((SELECT s.delivery FROM notification_mail_setting s WHERE s.user_id = f.user_id"
                    + " AND s.type = 'NEW_QUESTION'), ?5) = 'DIGEST' THEN ?6 END";
        }
        // Built at run time (the digest clause only when mail is on): cannot be a named query.
        Query insert = em.createNativeQuery("INSERT INTO notification (recipient_id, type, question_id, post_id,"
                        + " ticket_id, subject, detail, fact_count, fold_key, created_at, updated_at, digest_due_at)"
                        + " SELECT f.user_id, 'NEW_QUESTION', ?1, NULL, NULL, ?2, MIN(t.name), 1,"
                        + " CONCAT('NEW_QUESTION:', MIN(t.name)), ?3, ?3, " + digest
                        + " FROM question_tag qt JOIN tag_follow f ON f.tag_id = qt.tag_id JOIN tag t ON t.id = qt.tag_id"
                        + " WHERE qt.question_id = ?1 AND f.user_id <> ?4 GROUP BY f.user_id"
                        + " ON DUPLICATE KEY UPDATE fact_count = fact_count + 1, question_id = VALUES(question_id),"
                        + " subject = VALUES(subject), digest_due_at = COALESCE(digest_due_at, VALUES(digest_due_at)),"
                        + " updated_at = VALUES(updated_at)")
                .setParameter(1, questionId).setParameter(2, subject)
                .setParameter(3, InstantConverter.toDatabase(now)).setParameter(4, askerId);
        if (mailSettings.enabled()) {
            insert.setParameter(5, MailDelivery.byDefault(NotificationType.NEW_QUESTION).name())
                    .setParameter(6, InstantConverter.toDatabase(mailSettings.digestSchedule().nextAfter(now)));
        }
        return insert.executeUpdate();
    }

    /** The question's followed tags that a new question has: recipients for {@link #mailedAtOnce}. */
    public static final String TAG_FOLLOWERS = "SELECT f.user_id AS uid FROM question_tag qt"
            + " JOIN tag_follow f ON f.tag_id = qt.tag_id WHERE qt.question_id = ?10";

    /** The tag a follower hears of a question under (the first followed one by name), or null. */
    public String followedTagOf(long questionId, long userId) {
        List<?> rows = em.createNamedQuery(TagFollow.FOLLOWED_TAG_OF)
                .setParameter(1, questionId).setParameter(2, userId).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** Whether the user follows the tag of that name. */
    public boolean followsTag(String name, long userId) {
        return !em.createNamedQuery(TagFollow.FOLLOWS)
                .setParameter(1, name).setParameter(2, userId).getResultList().isEmpty();
    }

    /** Follows or unfollows a tag; false when there is no such tag. */
    public boolean followTag(String name, long userId, boolean following) {
        List<?> ids = em.createNamedQuery(Tag.ID_OF).setParameter(1, name).getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        long tagId = ((Number) ids.get(0)).longValue();
        if (following) {
            em.createNamedQuery(TagFollow.FOLLOW)
                    .setParameter(1, tagId).setParameter(2, userId)
                    .setParameter(3, InstantConverter.toDatabase(clock.instant())).executeUpdate();
        } else {
            em.createNamedQuery(TagFollow.UNFOLLOW)
                    .setParameter(1, tagId).setParameter(2, userId).executeUpdate();
        }
        return true;
    }

    /** The thread's participants (asker, answerers, commenters): user id → display name; bounded by the thread. */
    public java.util.Map<Long, String> participants(long questionId) {
        List<Row> rows = Row.list(em.createNamedQuery(Post.PARTICIPANTS)
                .setParameter(1, questionId));
        java.util.Map<Long, String> participants = new java.util.LinkedHashMap<>();
        for (Row r : rows) {
            participants.put(r.longAt(0), r.string(1));
        }
        return participants;
    }

    /** The Markdown of a post (question or answer), or of a comment when {@code comment}; null when gone. */
    public String body(long id, boolean comment) {
        List<?> rows = em.createNamedQuery(comment ? Comment.BODY_OF : Post.BODY_OF).setParameter(1, id)
                .getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** Notifies one user, unless they are the actor. */
    public void notifyUser(Notice notice, long actorId, Long recipientId) {
        if (recipientId != null && recipientId != actorId) {
            notify(notice, actorId, "SELECT ?10 AS uid", recipientId);
        }
    }

    /**
     * The users among {@code recipientsSql}'s (parameters from ?10 on, as in {@link #notify}) whose
     * e-mail for {@code type} is INSTANT, except the actor: their stored choice, else {@code byDefault}.
     * When the default is not INSTANT only those who opted in are read.
     */
    public List<Long> mailedAtOnce(NotificationType type, MailDelivery byDefault, long actorId, String recipientsSql,
                                   Object... recipientParams) {
        // the recipients' ?10, ?11… become ?3, ?4… so that the numbering has no gap
        String shifted = java.util.regex.Pattern.compile("\\?(\\d+)").matcher(recipientsSql)
                .replaceAll(m -> "?" + (Integer.parseInt(m.group(1)) - 7));
        String sql = byDefault == MailDelivery.INSTANT
                ? "SELECT DISTINCT r.uid FROM (" + shifted + ") r LEFT JOIN notification_mail_setting s"
                        + " ON s.user_id = r.uid AND s.type = ?1 WHERE r.uid <> ?2 AND r.uid IS NOT NULL"
                        + " AND COALESCE(s.delivery, 'INSTANT') = 'INSTANT'"
                : "SELECT DISTINCT r.uid FROM (" + shifted + ") r"
                        + " JOIN notification_mail_setting s ON s.user_id = r.uid AND s.type = ?1"
                        + " AND s.delivery = 'INSTANT' WHERE r.uid <> ?2";
        // Built at run time (the caller's recipients, the join depends on the default): cannot be a named query.
        Query query = em.createNativeQuery(sql)
                .setParameter(1, type.name()).setParameter(2, actorId);
        for (int i = 0; i < recipientParams.length; i++) {
            query.setParameter(3 + i, recipientParams[i]);
        }
        return ((List<?>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Automatic following: does nothing when the user already follows, or unfollowed on purpose. */
    public void autoFollow(long questionId, long userId) {
        em.createNamedQuery(QuestionFollow.AUTO_FOLLOW)
                .setParameter(1, questionId).setParameter(2, userId)
                .setParameter(3, InstantConverter.toDatabase(clock.instant())).executeUpdate();
    }

    public void follow(long questionId, long userId, boolean following) {
        em.createNamedQuery(QuestionFollow.FOLLOW)
                .setParameter(1, questionId).setParameter(2, userId).setParameter(3, following)
                .setParameter(4, InstantConverter.toDatabase(clock.instant())).executeUpdate();
    }

    /** Marks the recipient's notifications read (all when {@code ids} is null); a read row folds no more. */
    public int markRead(long recipientId, List<Long> ids) {
        // Built at run time (an IN list of the ids, or none): cannot be a named query.
        Query update = em.createNativeQuery("UPDATE notification SET read_at = ?1, fold_key = NULL, digest_due_at = NULL"
                        + " WHERE recipient_id = ?2 AND read_at IS NULL"
                        + (ids == null ? "" : " AND id IN (" + placeholders(ids.size()) + ")"))
                .setParameter(1, InstantConverter.toDatabase(clock.instant())).setParameter(2, recipientId);
        if (ids != null) {
            for (int i = 0; i < ids.size(); i++) {
                update.setParameter(3 + i, ids.get(i));
            }
        }
        return update.executeUpdate();
    }

    private static String placeholders(int n) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sql.append(i == 0 ? "" : ", ").append('?').append(3 + i);
        }
        return sql.toString();
    }

    public Long askerOf(long questionId) {
        List<?> rows = em.createNamedQuery(Post.ASKER_OF)
                .setParameter(1, questionId).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }

    public boolean follows(long questionId, long userId) {
        return !em.createNamedQuery(QuestionFollow.FOLLOWS)
                .setParameter(1, questionId).setParameter(2, userId).getResultList().isEmpty();
    }

    private String subject(Long questionId) {
        if (questionId == null) {
            return null;
        }
        List<?> titles = em.createNamedQuery(Post.TITLE_OF)
                .setParameter(1, questionId).getResultList();
        return titles.isEmpty() ? null : (String) titles.get(0);
    }
}
