package dev.peerdesk.demo;

import dev.peerdesk.platform.SchemaMigrated;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Seeds the demo community at start-up when FORUM_DEMO_DATA=true (after the first admin exists). */
@ApplicationScoped
public class DemoData {

    @Inject
    DemoCommunity community;

    @Inject
    @ConfigProperty(name = "FORUM_DEMO_DATA", defaultValue = "false")
    boolean demoData;

    void onSchemaMigrated(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) SchemaMigrated event) {
        if (demoData) {
            community.seedIfEmpty();
        }
    }
}
