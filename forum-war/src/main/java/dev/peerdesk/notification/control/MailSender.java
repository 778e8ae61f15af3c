package dev.peerdesk.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the due mails of the outbox over SMTP, one claim at a time, outside any transaction. Each
 * mail carries a stable {@code Message-ID} (the outbox row's, the same on every retry), threads with
 * the other mails of its question ({@code In-Reply-To}/{@code References}) and offers RFC 8058
 * one-click unsubscribe; account mails (no unsubscribe URL) carry neither thread nor unsubscribe.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    static final int ROUNDS = 10;

    @Inject
    MailSettings settings;

    @Inject
    MailDeliveries deliveries;

    public int sendDue() {
        if (!settings.enabled()) {
            return 0;
        }
        int sent = 0;
        Session session = session();
        // a backlog (a digest morning, SMTP back after a while) drains a few batches per run
        for (int round = 0; round < ROUNDS; round++) {
            List<MailDeliveries.Claim> claims = deliveries.claimDue();
            sent += send(session, claims);
            if (claims.size() < MailDeliveries.BATCH) {
                break;
            }
        }
        return sent;
    }

    private int send(Session session, List<MailDeliveries.Claim> claims) {
        int sent = 0;
        for (MailDeliveries.Claim claim : claims) {
            try {
                Transport.send(message(session, claim));
                deliveries.sent(claim);
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.INFO, "Mail " + claim.id() + " not sent (attempt " + claim.attempt() + "): " + e);
                deliveries.failed(claim, e.toString());
            }
        }
        return sent;
    }

    /**
     * Sends one plain test mail at once, outside the outbox, so that an admin checking the SMTP
     * settings learns there and then whether the server takes it (and why not).
     */
    public void sendTest(String to, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, "UTF-8");
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setText(text, "UTF-8", "plain");
        Transport.send(message);
    }

    private Session session() {
        Properties p = new Properties();
        String protocol = settings.security() == MailSettings.Security.TLS ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", settings.host());
        p.put("mail." + protocol + ".port", Integer.toString(settings.port()));
        p.put("mail." + protocol + ".connectiontimeout", "10000");
        p.put("mail." + protocol + ".timeout", "20000");
        p.put("mail." + protocol + ".writetimeout", "20000");
        if (settings.security() == MailSettings.Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security() == MailSettings.Security.TLS) {
            p.put("mail.smtps.ssl.checkserveridentity", "true");
        }
        if (settings.user().isPresent()) {
            p.put("mail." + protocol + ".auth", "true");
            return Session.getInstance(p, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(settings.user().get(), settings.password());
                }
            });
        }
        return Session.getInstance(p);
    }

    private MimeMessage message(Session session, MailDeliveries.Claim claim) throws MessagingException {
        String domain = settings.mailDomain();
        boolean accountMail = claim.unsubscribeUrl() == null;
        String messageId = "<" + (accountMail ? "account-" : "notification-") + claim.id() + "@" + domain + ">";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId); // stable: the same on every retry
            }
        };
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(claim.to()));
        message.setSubject(claim.subject(), "UTF-8");
        if (claim.questionId() != null) {
            String thread = "<question-" + claim.questionId() + "@" + domain + ">";
            message.setHeader("In-Reply-To", thread);
            message.setHeader("References", thread);
        }
        message.setHeader("Auto-Submitted", "auto-generated");
        if (claim.replyTo() != null) { // a reply becomes a comment, an answer or a ticket message (issue 13)
            message.setReplyTo(InternetAddress.parse(claim.replyTo()));
        }
        if (accountMail) { // sent because the person asked for it: nothing to unsubscribe from
            message.setHeader("X-Peerdesk-Account-Mail", claim.type());
        } else {
            message.setHeader("List-Unsubscribe", "<" + claim.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("X-Peerdesk-Notification", claim.type());
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(claim.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(claim.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }
}
