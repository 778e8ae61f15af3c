package dev.peerdesk.notification.boundary;

import dev.peerdesk.notification.control.MailDelivery;
import dev.peerdesk.notification.control.MailOutbox;
import dev.peerdesk.notification.control.NotificationDto;
import dev.peerdesk.notification.control.NotificationType;
import dev.peerdesk.notification.control.NotificationQueries;
import dev.peerdesk.notification.control.Notifications;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.platform.text.TagName;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A signed-in user's notifications and what they follow. */
@ApplicationScoped
public class NotificationService {

    static final int MAX_IDS = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationQueries queries;

    @Inject
    Notifications notifications;

    @Inject
    MailOutbox mail;

    /** The user's e-mail delivery per type (API.md: {@code {TYPE: "INSTANT"|"DIGEST"|"OFF"}}). */
    public Map<String, String> settings(User user) {
        Map<String, String> out = new LinkedHashMap<>();
        mail.settings(user.id()).forEach((type, delivery) -> out.put(type.name(), delivery.name()));
        return out;
    }

    /** Changes the types named (a subset is fine) to INSTANT, DIGEST or OFF. */
    @Transactional
    public Map<String, String> changeSettings(User user, Map<String, String> request) {
        if (request == null) {
            throw Refusal.malformed("Send {TYPE: \"INSTANT\"|\"DIGEST\"|\"OFF\", ...} as JSON");
        }
        List<Refusal.FieldError> errors = new ArrayList<>();
        Map<NotificationType, MailDelivery> changes = new LinkedHashMap<>();
        request.forEach((name, value) -> {
            NotificationType type;
            try {
                type = NotificationType.valueOf(name);
            } catch (IllegalArgumentException e) {
                errors.add(new Refusal.FieldError(name, "is not a notification type"));
                return;
            }
            if ("INSTANT".equals(value) || "DIGEST".equals(value) || "OFF".equals(value)) {
                changes.put(type, MailDelivery.valueOf(value));
            } else {
                errors.add(new Refusal.FieldError(name, "must be INSTANT, DIGEST or OFF"));
            }
        });
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        changes.forEach((type, delivery) -> mail.setDelivery(user.id(), type, delivery));
        return settings(user);
    }

    public Cursor.Page<NotificationDto> page(User user, boolean unreadOnly, Integer limit, String cursor) {
        return queries.page(user.id(), unreadOnly, Cursor.limit(limit), cursor);
    }

    /** The bell: how many are unread and the latest {@value #BELL_LATEST}, in one transaction. */
    public record Bell(long unread, List<NotificationDto> latest) {
        static final Bell NONE = new Bell(0, List.of());
    }

    static final int BELL_LATEST = 6;

    @Transactional
    public Bell bell(User user) {
        long unread = queries.unreadCount(user.id());
        return new Bell(unread, queries.page(user.id(), false, BELL_LATEST, null).items());
    }

    public long unreadCount(User user) {
        return queries.unreadCount(user.id());
    }

    /** {@code {ids:[...]}} marks those (other users' ids are ignored), {@code {all:true}} every one. */
    public record ReadRequest(List<Long> ids, Boolean all) {
    }

    @Transactional
    public void markRead(User user, ReadRequest request) {
        if (request == null) {
            throw Refusal.malformed("Send {ids:[...]} or {all:true} as JSON");
        }
        boolean all = Boolean.TRUE.equals(request.all());
        if (all == (request.ids() != null)) {
            throw Refusal.invalid("ids", "send either ids or all:true");
        }
        if (all) {
            notifications.markRead(user.id(), null);
            return;
        }
        if (request.ids().size() > MAX_IDS) {
            throw Refusal.invalid("ids", "at most " + MAX_IDS + " ids at a time");
        }
        if (request.ids().stream().anyMatch(id -> id == null || id < 1)) {
            throw Refusal.invalid("ids", "must be positive integers");
        }
        if (!request.ids().isEmpty()) {
            notifications.markRead(user.id(), List.copyOf(request.ids()));
        }
    }

    /** Marks one of the user's notifications read and returns it, to land on what it is about. */
    @Transactional
    public java.util.Optional<NotificationDto> open(User user, long id) {
        java.util.Optional<NotificationDto> found = queries.find(user.id(), id);
        if (found.isPresent() && !found.get().read()) {
            notifications.markRead(user.id(), List.of(id));
        }
        return found;
    }

    /** Whether the user follows the question (automatically or by choice, and not unfollowed since). */
    public boolean following(User user, long questionId) {
        return notifications.follows(questionId, user.id());
    }

    /** Whether the user follows the tag (false for a name that is no tag). */
    public boolean followingTag(User user, String name) {
        return TagName.parse(name).map(tag -> notifications.followsTag(tag.value(), user.id())).orElse(false);
    }

    /** Follows or unfollows a tag: 422 for a name that is no tag name, 404 for a tag that does not exist. */
    @Transactional
    public void followTag(User user, String name, boolean following) {
        TagName tag = TagName.parse(name).orElseThrow(() -> Refusal.invalid("name", TagName.RULE));
        if (!notifications.followTag(tag.value(), user.id(), following)) {
            throw Refusal.notFound("Tag " + tag.value());
        }
    }

    @Transactional
    public void follow(User user, long questionId, boolean following) {
        Question question = em.find(Question.class, questionId);
        if (question == null || !question.visibleTo(user)) {
            throw Refusal.notFound("Question " + questionId);
        }
        notifications.follow(questionId, user.id(), following);
    }
}
