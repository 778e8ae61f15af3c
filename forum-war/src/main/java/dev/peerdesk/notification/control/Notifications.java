package dev.peerdesk.notification.control;

import dev.peerdesk.platform.InstantConverter;
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

    /** Notifies the users {@code recipientsSql} selects (one column, parameters from ?10 on), except the actor. */
    public int notify(Notice notice, long actorId, String recipientsSql, Object... recipientParams) {
        String subject = subject(notice.questionId());
        if (subject == null) {
            return 0; // the question is gone: nothing to point at
        }
        Query insert = em.createNativeQuery("INSERT INTO notification (recipient_id, type, question_id, post_id,"
                        + " ticket_id, subject, detail, fact_count, fold_key, created_at, updated_at)"
                        + " SELECT DISTINCT r.uid, ?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, ?8, ?8 FROM (" + recipientsSql + ") r"
                        + " WHERE r.uid IS NOT NULL AND r.uid <> ?9"
                        + " ON DUPLICATE KEY UPDATE fact_count = fact_count + 1, post_id = VALUES(post_id),"
                        + " updated_at = VALUES(updated_at)")
                .setParameter(1, notice.type().name()).setParameter(2, notice.questionId())
                .setParameter(3, notice.postId()).setParameter(4, notice.ticketId())
                .setParameter(5, subject).setParameter(6, notice.detail()).setParameter(7, notice.foldKey())
                .setParameter(8, InstantConverter.toDatabase(clock.instant())).setParameter(9, actorId);
        for (int i = 0; i < recipientParams.length; i++) {
            insert.setParameter(10 + i, recipientParams[i]);
        }
        return insert.executeUpdate();
    }

    /** Notifies one user, unless they are the actor. */
    public void notifyUser(Notice notice, long actorId, Long recipientId) {
        if (recipientId != null && recipientId != actorId) {
            notify(notice, actorId, "SELECT ?10 AS uid", recipientId);
        }
    }

    /**
     * The users among {@code recipientsSql}'s (parameters from ?10 on, as in {@link #notify}) who chose
     * INSTANT e-mail for {@code type}, except the actor: only those opted in are read.
     */
    public List<Long> optedIn(NotificationType type, long actorId, String recipientsSql, Object... recipientParams) {
        // the recipients' ?10, ?11… become ?3, ?4… so that the numbering has no gap
        String shifted = java.util.regex.Pattern.compile("\\?(\\d+)").matcher(recipientsSql)
                .replaceAll(m -> "?" + (Integer.parseInt(m.group(1)) - 7));
        Query query = em.createNativeQuery("SELECT DISTINCT r.uid FROM (" + shifted + ") r"
                        + " JOIN notification_mail_setting s ON s.user_id = r.uid AND s.type = ?1"
                        + " AND s.delivery = 'INSTANT' WHERE r.uid <> ?2")
                .setParameter(1, type.name()).setParameter(2, actorId);
        for (int i = 0; i < recipientParams.length; i++) {
            query.setParameter(3 + i, recipientParams[i]);
        }
        return ((List<?>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Automatic following: does nothing when the user already follows, or unfollowed on purpose. */
    public void autoFollow(long questionId, long userId) {
        em.createNativeQuery("INSERT IGNORE INTO question_follow (question_id, user_id, following, created_at)"
                        + " VALUES (?1, ?2, TRUE, ?3)")
                .setParameter(1, questionId).setParameter(2, userId)
                .setParameter(3, InstantConverter.toDatabase(clock.instant())).executeUpdate();
    }

    public void follow(long questionId, long userId, boolean following) {
        em.createNativeQuery("INSERT INTO question_follow (question_id, user_id, following, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE following = VALUES(following)")
                .setParameter(1, questionId).setParameter(2, userId).setParameter(3, following)
                .setParameter(4, InstantConverter.toDatabase(clock.instant())).executeUpdate();
    }

    /** Marks the recipient's notifications read (all when {@code ids} is null); a read row folds no more. */
    public int markRead(long recipientId, List<Long> ids) {
        Query update = em.createNativeQuery("UPDATE notification SET read_at = ?1, fold_key = NULL"
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
        List<?> rows = em.createNativeQuery("SELECT author_id FROM post WHERE id = ?1 AND kind = 'Q'")
                .setParameter(1, questionId).getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).longValue();
    }

    public boolean follows(long questionId, long userId) {
        return !em.createNativeQuery("SELECT 1 FROM question_follow WHERE question_id = ?1"
                        + " AND user_id = ?2 AND following = TRUE")
                .setParameter(1, questionId).setParameter(2, userId).getResultList().isEmpty();
    }

    private String subject(Long questionId) {
        if (questionId == null) {
            return null;
        }
        List<?> titles = em.createNativeQuery("SELECT title FROM post WHERE id = ?1 AND kind = 'Q' AND deleted = 0")
                .setParameter(1, questionId).getResultList();
        return titles.isEmpty() ? null : (String) titles.get(0);
    }
}
