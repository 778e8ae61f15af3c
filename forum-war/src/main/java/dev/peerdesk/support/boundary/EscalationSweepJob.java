package dev.peerdesk.support.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the sweep every {@code FORUM_ESCALATION_SWEEP_INTERVAL} on every node. The timer is
 * non-persistent and only delegates: exactly-once comes from the database, not from the timer.
 */
@Singleton
@Startup
public class EscalationSweepJob {

    private static final Logger LOG = Logger.getLogger(EscalationSweepJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "FORUM_ESCALATION_SWEEP_INTERVAL", defaultValue = "PT1M")
    String interval;

    @Inject
    EscalationService escalation;

    @Inject
    dev.peerdesk.platform.Startup startup;

    @PostConstruct
    void schedule() {
        long millis = Duration.parse(interval).toMillis();
        timers.createIntervalTimer(millis, Math.max(millis, 1_000), new TimerConfig("escalation-sweep", false));
    }

    @Timeout
    void run() {
        if (!startup.ready()) { // the database is not migrated yet
            return;
        }
        try {
            escalation.sweep();
        } catch (RuntimeException e) {
            // the next run retries; a failing sweep must not cancel the timer
            LOG.log(Level.WARNING, "Escalation sweep failed; the next run retries", e);
        }
    }
}
