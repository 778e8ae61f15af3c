package dev.peerdesk.platform;

import dev.peerdesk.user.boundary.UserService;
import dev.peerdesk.user.boundary.DemoCommunity;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
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

    @Inject
    UserService users;

    @Inject
    DemoCommunity demoCommunity;

    @Inject
    @ConfigProperty(name = "FORUM_ADMIN_EMAIL")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "FORUM_ADMIN_PASSWORD")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "FORUM_DEMO_DATA", defaultValue = "false")
    boolean demoData;

    private volatile boolean ready;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Flyway.configure(Startup.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        if (adminEmail.isPresent() && adminPassword.isPresent()) {
            users.ensureFirstAdmin(adminEmail.get(), adminPassword.get());
        }
        if (demoData) {
            demoCommunity.seedIfEmpty();
        }
        ready = true;
        Duration sinceJvmStart = Duration.ofMillis(
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        LOG.info(() -> "Peerdesk is ready " + sinceJvmStart.toMillis() + " ms after the JVM started");
    }

    public boolean ready() {
        return ready;
    }
}
