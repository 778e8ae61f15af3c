package dev.peerdesk.notification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the SLA alerts, nudges and digests every {@code FORUM_NOTIFICATION_SWEEP_INTERVAL} on every
 * node. Non-persistent and only delegating: exactly-once comes from the database.
 */
@Singleton
@Startup
public class NotificationSweepJob {

    private static final Logger LOG = Logger.getLogger(NotificationSweepJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "FORUM_NOTIFICATION_SWEEP_INTERVAL", defaultValue = "PT1M")
    String interval;

    @Inject
    NotificationSweeps sweeps;

    @Inject
    dev.peerdesk.platform.Startup startup;

    @PostConstruct
    void schedule() {
        long millis = Duration.parse(interval).toMillis();
        timers.createIntervalTimer(millis, Math.max(millis, 1_000), new TimerConfig("notification-sweep", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (!startup.ready()) {
            return;
        }
        try {
            sweeps.sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification sweep failed; the next run retries", e);
        }
    }
}
