package dev.peerdesk.support.control;

import java.time.Instant;
import java.util.List;

/**
 * The e-mails a customer sent the forum, for the agent's customer view. Implemented by the e-mail
 * channel, which builds on support (it posts ticket messages): support asks through this interface so
 * that the dependency keeps one direction.
 */
public interface CustomerMails {

    /** One received mail: when, its subject, and what it became (or why not) in words. */
    record Mail(Instant receivedAt, String subject, String outcome, boolean posted) {
    }

    /** The newest {@code limit} mails from the user, newest first. */
    List<Mail> recentFrom(long userId, int limit);
}
