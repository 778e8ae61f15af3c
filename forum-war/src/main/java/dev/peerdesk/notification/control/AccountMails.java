package dev.peerdesk.notification.control;

import dev.peerdesk.user.control.AccountMailRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * Writes the user feature's account mails ({@link AccountMailRequested}) to the mail outbox, in the
 * transaction that made their link: plain text and HTML, the link to the page that uses it and how
 * long it works. They go out even when the person turned notification mail off.
 */
@ApplicationScoped
public class AccountMails {

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings settings;

    void onRequested(@Observes AccountMailRequested request) {
        String link = settings.publicUrl() + request.path();
        outbox.enqueueAccountMail(request.userId(), request.toAddress(), request.kind().name(),
                content(request.kind(), request.displayName(), link, request.validFor()));
    }

    static MailContent content(AccountMailRequested.Kind kind, String name, String link, Duration validFor) {
        String subject;
        String intro;
        String action;
        String otherwise;
        switch (kind) {
            case VERIFY_EMAIL -> {
                subject = "Confirm your e-mail address for Peerdesk";
                intro = "Welcome to Peerdesk. Please confirm that this is your e-mail address: until you do, we send"
                        + " you no notification e-mails.";
                action = "Confirm my address";
                otherwise = "If you did not create a Peerdesk account, ignore this e-mail; nothing happens.";
            }
            case CHANGE_EMAIL -> {
                subject = "Confirm your new e-mail address for Peerdesk";
                intro = "You asked to use this address for your Peerdesk account. It changes when you confirm it.";
                action = "Confirm my new address";
                otherwise = "If you did not ask for this, ignore this e-mail; the account keeps its old address.";
            }
            case RESET_PASSWORD -> {
                subject = "Reset your Peerdesk password";
                intro = "Someone, hopefully you, asked to reset the password of your Peerdesk account. Choose a new"
                        + " one with the link below; signing in again is needed everywhere afterwards.";
                action = "Choose a new password";
                otherwise = "If you did not ask for this, ignore this e-mail; your password stays as it is.";
            }
            default -> throw new IllegalArgumentException("unknown account mail " + kind);
        }
        String validity = "The link works for " + hours(validFor) + " and only once.";
        String greeting = "Hello " + name + ",";
        String text = greeting + "\n\n" + intro + "\n\n" + action + ": " + link + "\n\n" + validity + "\n"
                + otherwise + "\n\n-- \nPeerdesk\n";
        String html = "<!DOCTYPE html><html><body><p>" + MailContent.escape(greeting) + "</p><p>"
                + MailContent.escape(intro) + "</p><p><a href=\"" + MailContent.escape(link) + "\">"
                + MailContent.escape(action) + "</a></p><p>" + MailContent.escape(validity) + "<br>"
                + MailContent.escape(otherwise) + "</p><p style=\"font-size:small;color:#666\">If the button"
                + " does not work, copy this address into your browser: " + MailContent.escape(link)
                + "</p></body></html>";
        return new MailContent(subject, text, html);
    }

    private static String hours(Duration d) {
        long h = d.toHours();
        return h == 1 ? "1 hour" : h + " hours";
    }
}
