package dev.peerdesk.user.control;

import java.time.Duration;

/**
 * An account mail must go out (fired synchronously inside the transaction that made its token, so a
 * rolled-back request mails nobody). The user feature knows nothing of SMTP: the notification
 * feature observes this and writes the mail to its outbox. Account mails are sent whatever the
 * recipient's notification settings say, and even to an unconfirmed address (that is their point).
 *
 * @param path     the page the mailed link opens, relative to the forum's public URL (with the token)
 * @param validFor how long the link works
 */
public record AccountMailRequested(long userId, String toAddress, String displayName, Kind kind, String path,
                                   Duration validFor) {

    public enum Kind {
        /** "Confirm your e-mail address" after registration, or again on request. */
        VERIFY_EMAIL,
        /** "Confirm your new e-mail address", sent to the new address only. */
        CHANGE_EMAIL,
        /** "Reset your password". */
        RESET_PASSWORD
    }
}
