package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.SchemaMigrated;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/** Creates the first ADMIN from FORUM_ADMIN_EMAIL/PASSWORD at start-up, before anything else seeds data. */
@ApplicationScoped
public class FirstAdmin {

    @Inject
    UserService users;

    @Inject
    @ConfigProperty(name = "FORUM_ADMIN_EMAIL")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "FORUM_ADMIN_PASSWORD")
    Optional<String> adminPassword;

    void onSchemaMigrated(@Observes @Priority(Interceptor.Priority.APPLICATION) SchemaMigrated event) {
        if (adminEmail.isPresent() && adminPassword.isPresent()) {
            users.ensureFirstAdmin(adminEmail.get(), adminPassword.get());
        }
    }
}
