package dev.peerdesk.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Brings the application to "ready": database reachable (starting the embedded server if needed),
 * schema migrated, first admin created, demo community seeded on request. {@code /health} reports UP
 * only after this has finished.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger(Startup.class.getName());

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    /**
     * Features that must prepare data once the schema is current (the first admin, the demo community)
     * observe this event; platform does not know them.
     */
    @Inject
    Event<SchemaMigrated> schemaMigrated;

    private volatile boolean ready;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Flyway.configure(Startup.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        // Synchronous: observers (ordered by @Priority) finish before the application reports ready.
        schemaMigrated.fire(new SchemaMigrated());
        ready = true;
        Duration sinceJvmStart = Duration.ofMillis(
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        LOG.info(() -> "Peerdesk is ready " + sinceJvmStart.toMillis() + " ms after the JVM started");
    }

    public boolean ready() {
        return ready;
    }
}
