package dev.peerdesk.question.control;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Writes the counted views every five seconds and once more on shutdown. */
@Singleton
@Startup
public class ViewCountFlush {

    @Inject
    ViewCounter counter;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void flush() {
        counter.flush();
    }

    @PreDestroy
    void flushOnShutdown() {
        counter.flush();
    }
}
