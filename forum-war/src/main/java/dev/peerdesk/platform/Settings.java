package dev.peerdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Settings an admin changed (rules as JSON), kept in the database and read on every use, so a
 * change applies at once on every node.
 */
@ApplicationScoped
public class Settings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<String> read(String name) {
        List<?> stored = em.createNativeQuery("SELECT value FROM setting WHERE name = ?1")
                .setParameter(1, name).getResultList();
        return stored.stream().map(String.class::cast).findFirst();
    }

    public void write(String name, String value) {
        em.createNativeQuery("INSERT INTO setting (name, value, updated_at) VALUES (?1, ?2, ?3)"
                        + " ON DUPLICATE KEY UPDATE value = VALUES(value), updated_at = VALUES(updated_at)")
                .setParameter(1, name).setParameter(2, value)
                .setParameter(3, InstantConverter.toDatabase(clock.instant())).executeUpdate();
    }
}
