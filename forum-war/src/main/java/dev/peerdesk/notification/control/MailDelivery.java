package dev.peerdesk.notification.control;

/**
 * How a type of notification goes out by e-mail (in-app is always on). DIGEST is part of the API's
 * vocabulary but no digest is sent yet, so it cannot be chosen.
 */
public enum MailDelivery {
    INSTANT, DIGEST, OFF;

    /** E-mail at once for answers to your own question, official answers and ticket updates; off for the rest. */
    public static MailDelivery byDefault(NotificationType type) {
        return switch (type) {
            case ANSWER, OFFICIAL_ANSWER, TICKET_UPDATED -> INSTANT;
            default -> OFF;
        };
    }
}
