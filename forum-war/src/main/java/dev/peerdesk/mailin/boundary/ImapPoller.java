package dev.peerdesk.mailin.boundary;

import dev.peerdesk.mailin.control.Inbox;
import dev.peerdesk.mailin.control.InboundSettings;
import dev.peerdesk.platform.errors.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fetches the unread messages of the IMAP mailbox into the pipeline and flags each read once the
 * pipeline has it. Any number of nodes may poll the same mailbox: two that fetch one message at once
 * both hand it in, and the inbox's claim on its Message-ID lets one of them act. A message the pipeline
 * failed on (the database away) is flagged unread again for the next run.
 */
@ApplicationScoped
public class ImapPoller {

    private static final Logger LOG = Logger.getLogger(ImapPoller.class.getName());
    static final int BATCH = 50;

    @Inject
    InboundSettings settings;

    @Inject
    InboundMailService pipeline;

    /** What one poll did. */
    public record Poll(int fetched, int posted, String problem) {
    }

    public Poll poll() {
        if (!settings.imapEnabled()) {
            return new Poll(0, 0, "IMAP polling is off (FORUM_IMAP_HOST is not set)");
        }
        String protocol = settings.imapSecurity() == InboundSettings.Security.TLS ? "imaps" : "imap";
        Properties p = new Properties();
        p.put("mail." + protocol + ".connectiontimeout", "10000");
        p.put("mail." + protocol + ".timeout", "20000");
        if (settings.imapSecurity() == InboundSettings.Security.STARTTLS) {
            p.put("mail.imap.starttls.enable", "true");
            p.put("mail.imap.starttls.required", "true");
        }
        int fetched = 0;
        int posted = 0;
        try (Store store = Session.getInstance(p).getStore(protocol)) {
            store.connect(settings.imapHost(), settings.imapPort(), settings.imapUser(), settings.imapPassword());
            Folder folder = store.getFolder(settings.imapFolder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (int i = 0; i < Math.min(unseen.length, BATCH); i++) {
                    Message message = unseen[i];
                    fetched++;
                    if (handIn(message)) {
                        posted++;
                    }
                }
            } finally {
                folder.close(false);
            }
            return new Poll(fetched, posted, null);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Polling the IMAP mailbox failed; the next run tries again: " + e);
            return new Poll(fetched, posted, e.getMessage());
        }
    }

    private boolean handIn(Message message) throws MessagingException {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            InboundMailService.Receipt receipt = pipeline.receive(raw.toByteArray(), Inbox.Via.IMAP);
            message.setFlag(Flags.Flag.SEEN, true);
            return Inbox.Status.POSTED.name().equals(receipt.status());
        } catch (Refusal notAMail) { // nothing to do with it, ever: do not fetch it again
            message.setFlag(Flags.Flag.SEEN, true);
            return false;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "An IMAP message could not be handled; it stays unread for the next run", e);
            message.setFlag(Flags.Flag.SEEN, false);
            return false;
        }
    }
}
