package dev.peerdesk.question.boundary;

import dev.peerdesk.question.control.RelatedQuestions;
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
 * Recomputes the related-question lists that are due, {@code FORUM_RELATED_BATCH} at a time every
 * {@code FORUM_RELATED_INTERVAL}, on every node (the rows are shared out with SKIP LOCKED). Bounded
 * work per run: a large import is worked off over the next runs while pages keep their speed.
 */
@Singleton
@Startup
public class RelatedQuestionsJob {

    private static final Logger LOG = Logger.getLogger(RelatedQuestionsJob.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "FORUM_RELATED_INTERVAL", defaultValue = "PT30S")
    String interval;

    @Inject
    @ConfigProperty(name = "FORUM_RELATED_BATCH", defaultValue = "100")
    int batch;

    @Inject
    RelatedQuestions related;

    @Inject
    dev.peerdesk.platform.Startup startup;

    @PostConstruct
    void schedule() {
        long millis = Duration.parse(interval).toMillis();
        timers.createIntervalTimer(millis, Math.max(millis, 1_000), new TimerConfig("related-questions", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (!startup.ready()) {
            return;
        }
        try {
            related.refreshDue(batch);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Related questions refresh failed; the next run retries", e);
        }
    }
}
