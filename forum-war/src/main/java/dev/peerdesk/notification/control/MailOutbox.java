package dev.peerdesk.notification.control;

import dev.peerdesk.platform.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * Writes a notification mail to the outbox in the fact's transaction (sent later by
 * {@link MailDeliveries}); nothing when mail is off, the recipient turned this type off or has not
 * confirmed their address yet. Account mails ({@link #enqueueAccountMail}) go out regardless.
 */
@ApplicationScoped
public class MailOutbox {

    private static final String KEY_SETTING = "notification.unsubscribe-key";
    private static final int EXCERPT = 300;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailSettings settings;

    /**
     * Mails {@code recipientId} when their e-mail setting for {@code type} is INSTANT ({@code instantByDefault}:
     * whether no setting means INSTANT, as for the asker of an answered question).
     */
    public void enqueue(long recipientId, NotificationType type, long questionId, Long postId, String detail,
                        boolean instantByDefault) {
        if (!settings.enabled()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.email, q.title,"
                        + " (SELECT body FROM post WHERE id = ?3 AND deleted = 0)"
                        + " FROM app_user u JOIN post q ON q.id = ?2 AND q.kind = 'Q'"
                        + " WHERE u.id = ?1 AND u.email_verified_at IS NOT NULL AND COALESCE((SELECT s.delivery FROM notification_mail_setting s"
                        + " WHERE s.user_id = u.id AND s.type = ?4), ?5) = 'INSTANT'")
                .setParameter(1, recipientId).setParameter(2, questionId).setParameter(3, postId)
                .setParameter(4, type.name()).setParameter(5, instantByDefault ? "INSTANT" : "OFF").getResultList();
        if (rows.isEmpty()) {
            return;
        }
        String email = (String) rows.get(0)[0];
        String title = (String) rows.get(0)[1];
        String body = (String) rows.get(0)[2];
        String text = NotificationText.of(type, 1, title, detail);
        String link = settings.publicUrl() + "/questions/" + questionId + (postId == null ? "" : "#answer-" + postId);
        String token = UnsubscribeTokens.sign(key(), recipientId, type);
        // the header's one-click POST for mail clients; the body's link opens a page that asks first
        String unsubscribe = settings.publicUrl() + "/api/v1/unsubscribe/" + token;
        MailContent content = MailContent.of(text, excerpt(body), link,
                settings.publicUrl() + "/unsubscribe.xhtml?token=" + token,
                settings.publicUrl() + "/notifications/settings.xhtml");
        em.createNativeQuery("INSERT INTO mail_outbox (recipient_id, to_address, type, question_id, subject,"
                        + " text_body, html_body, unsubscribe_url, next_attempt_at, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)")
                .setParameter(1, recipientId).setParameter(2, email).setParameter(3, type.name())
                .setParameter(4, questionId).setParameter(5, content.subject()).setParameter(6, content.text())
                .setParameter(7, content.html()).setParameter(8, unsubscribe)
                .setParameter(9, InstantConverter.toDatabase(clock.instant())).executeUpdate();
    }

    /**
     * An account mail (address confirmation, password reset): sent whatever the notification settings
     * say and to unconfirmed addresses too, without an unsubscribe link (a NULL {@code unsubscribe_url}).
     */
    public void enqueueAccountMail(long recipientId, String toAddress, String type, MailContent content) {
        if (!settings.enabled()) {
            return;
        }
        em.createNativeQuery("INSERT INTO mail_outbox (recipient_id, to_address, type, subject, text_body,"
                        + " html_body, next_attempt_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)")
                .setParameter(1, recipientId).setParameter(2, toAddress).setParameter(3, type)
                .setParameter(4, content.subject()).setParameter(5, content.text()).setParameter(6, content.html())
                .setParameter(7, InstantConverter.toDatabase(clock.instant())).executeUpdate();
    }

    /** The unsubscribe signing key: made once by whichever node needs it first, shared through the database. */
    public byte[] key() {
        List<?> stored = em.createNativeQuery("SELECT value FROM setting WHERE name = ?1")
                .setParameter(1, KEY_SETTING).getResultList();
        if (stored.isEmpty()) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            em.createNativeQuery("INSERT IGNORE INTO setting (name, value, updated_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, KEY_SETTING).setParameter(2, Base64.getEncoder().encodeToString(fresh))
                    .setParameter(3, InstantConverter.toDatabase(clock.instant())).executeUpdate();
            stored = em.createNativeQuery("SELECT value FROM setting WHERE name = ?1")
                    .setParameter(1, KEY_SETTING).getResultList();
        }
        return Base64.getDecoder().decode((String) stored.get(0));
    }

    public void turnOff(long userId, NotificationType type) {
        setDelivery(userId, type, MailDelivery.OFF);
    }

    public void setDelivery(long userId, NotificationType type, MailDelivery delivery) {
        em.createNativeQuery("INSERT INTO notification_mail_setting (user_id, type, delivery, updated_at)"
                        + " VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE delivery = VALUES(delivery),"
                        + " updated_at = VALUES(updated_at)")
                .setParameter(1, userId).setParameter(2, type.name()).setParameter(3, delivery.name())
                .setParameter(4, InstantConverter.toDatabase(clock.instant())).executeUpdate();
    }

    /** The user's e-mail setting for every type: stored, or the default. */
    public java.util.Map<NotificationType, MailDelivery> settings(long userId) {
        java.util.Map<NotificationType, MailDelivery> settings = new java.util.EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            settings.put(type, MailDelivery.byDefault(type));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT type, delivery FROM notification_mail_setting WHERE user_id = ?1")
                .setParameter(1, userId).getResultList();
        for (Object[] r : rows) {
            settings.put(NotificationType.valueOf((String) r[0]), MailDelivery.valueOf((String) r[1]));
        }
        return settings;
    }

    static String excerpt(String body) {
        if (body == null) {
            return null;
        }
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
    }
}
