package dev.peerdesk.mailin.boundary;

import dev.peerdesk.mailin.control.InboundSettings;
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

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the IMAP mailbox every {@code FORUM_IMAP_INTERVAL} on every node (the inbox's claims keep
 * each message to one post), and forgets raw messages past their 30 days and reply tokens long expired.
 */
@Singleton
@Startup
public class ImapPollJob {

    private static final Logger LOG = Logger.getLogger(ImapPollJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    InboundSettings settings;

    @Inject
    ImapPoller poller;

    @Inject
    InboundMailService pipeline;

    @Inject
    dev.peerdesk.platform.Startup startup;

    @PostConstruct
    void schedule() {
        long millis = settings.imapInterval().toMillis();
        timers.createIntervalTimer(millis, Math.max(millis, 1_000), new TimerConfig("imap-poll", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (!startup.ready()) {
            return;
        }
        try {
            if (settings.imapEnabled()) {
                poller.poll();
            }
            pipeline.forgetOld();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Inbound mail run failed; the next run retries", e);
        }
    }
}
