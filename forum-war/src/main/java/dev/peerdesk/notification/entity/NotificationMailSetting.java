package dev.peerdesk.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * How a user wants one notification type by e-mail (no row: the type's default). Written and read only through these
 * statements (by {@code notification.control}); never loaded or persisted as an entity.
 */
@Entity
@Table(name = "notification_mail_setting")
@IdClass(NotificationMailSetting.Key.class)
@NamedNativeQuery(name = NotificationMailSetting.INSTANT_MAIL, query = "SELECT u.email, q.title,"
        + " (SELECT body FROM post WHERE id = ?3 AND deleted = 0)"
        + " FROM app_user u JOIN post q ON q.id = ?2 AND q.kind = 'Q'"
        + " WHERE u.id = ?1 AND u.email_verified_at IS NOT NULL"
        + " AND COALESCE((SELECT s.delivery FROM notification_mail_setting s"
        + " WHERE s.user_id = u.id AND s.type = ?4), ?5) = 'INSTANT'")
@NamedNativeQuery(name = NotificationMailSetting.SET,
        query = "INSERT INTO notification_mail_setting (user_id, type, delivery, updated_at)"
                + " VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE delivery = VALUES(delivery),"
                + " updated_at = VALUES(updated_at)")
@NamedNativeQuery(name = NotificationMailSetting.OF_USER, query = "SELECT type, delivery FROM notification_mail_setting"
        + " WHERE user_id = ?1")
public class NotificationMailSetting {

    /**
     * (address, question title, body of post ?3) when user ?1 has a confirmed address and mails type ?4 at once (stored
     * choice, else default ?5), for question ?2.
     */
    public static final String INSTANT_MAIL = "NotificationMailSetting.instantMail";
    /** ?1 user, ?2 type, ?3 delivery, ?4 when. */
    public static final String SET = "NotificationMailSetting.set";
    /** (type, delivery) of every type user ?1 chose a delivery for. */
    public static final String OF_USER = "NotificationMailSetting.ofUser";

    @Id
    @Column(name = "user_id")
    private long userId;

    @Id
    @Column(name = "type")
    private String type;

    protected NotificationMailSetting() {
    }

    /** The primary key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long userId;
        private String type;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.userId, userId) && Objects.equals(k.type, type);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, type);
        }
    }
}
