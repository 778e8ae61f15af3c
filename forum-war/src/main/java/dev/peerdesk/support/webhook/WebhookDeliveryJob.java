package dev.peerdesk.support.webhook;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends due webhook deliveries every two seconds on every node; claims with SKIP LOCKED and
 * leases keep nodes from sending the same delivery at once. The timer only delegates.
 */
@Singleton
@Startup
public class WebhookDeliveryJob {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveryJob.class.getName());

    @Inject
    WebhookSender sender;

    @Inject
    dev.peerdesk.platform.Startup startup;

    // NOT_SUPPORTED: an EJB method would otherwise run in a container transaction, and the sender
    // must hold none while it waits on receivers
    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (!startup.ready()) {
            return; // the schema may not be migrated yet
        }
        try {
            sender.deliverDue();
        } catch (RuntimeException e) {
            // a failing receiver or a database hiccup must never cancel the timer: the next run retries
            LOG.log(Level.WARNING, "Sending webhook deliveries failed; trying again at the next run", e);
        }
    }
}
