package dev.peerdesk.notification.boundary;

import dev.peerdesk.notification.control.NotificationDto;
import dev.peerdesk.notification.control.NotificationQueries;
import dev.peerdesk.notification.control.Notifications;
import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.rest.Cursor;
import dev.peerdesk.question.entity.Question;
import dev.peerdesk.user.entity.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

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

    public Cursor.Page<NotificationDto> page(User user, boolean unreadOnly, Integer limit, String cursor) {
        return queries.page(user.id(), unreadOnly, Cursor.limit(limit), cursor);
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

    @Transactional
    public void follow(User user, long questionId, boolean following) {
        Question question = em.find(Question.class, questionId);
        if (question == null || !question.visibleTo(user)) {
            throw Refusal.notFound("Question " + questionId);
        }
        notifications.follow(questionId, user.id(), following);
    }
}
