package dev.peerdesk.notification.control;

import jakarta.json.bind.annotation.JsonbNillable;

import java.time.Instant;

/**
 * A notification as API.md shows it; {@code createdAt} is the time of its latest fact (a folded
 * notification moves up with every fact it folds).
 */
public record NotificationDto(long id, NotificationType type, @JsonbNillable Long questionId,
                              @JsonbNillable Long postId, @JsonbNillable Long ticketId, String text, boolean read,
                              Instant createdAt) {
}
