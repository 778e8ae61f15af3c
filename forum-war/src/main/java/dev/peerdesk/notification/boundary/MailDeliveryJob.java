package dev.peerdesk.notification.boundary;

import dev.peerdesk.notification.control.MailSender;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends due notification mails every two seconds on every node; the outbox claims keep each mail to one send. */
@Singleton
@Startup
public class MailDeliveryJob {

    private static final Logger LOG = Logger.getLogger(MailDeliveryJob.class.getName());

    @Inject
    MailSender sender;

    @Inject
    dev.peerdesk.platform.Startup startup;

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (!startup.ready()) {
            return;
        }
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending notification mail failed; trying again at the next run", e);
        }
    }
}
