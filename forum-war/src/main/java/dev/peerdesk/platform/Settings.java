package dev.peerdesk.platform;

import dev.peerdesk.platform.entity.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Settings an admin changed (rules as JSON), kept in the database and read on every use, so a
 * change applies at once on every node. Its statements are named queries on {@link Setting}.
 */
@ApplicationScoped
public class Settings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<String> read(String name) {
        List<?> stored = em.createNamedQuery(Setting.VALUE).setParameter(1, name).getResultList();
        return stored.stream().map(String.class::cast).findFirst();
    }

    public void write(String name, String value) {
        em.createNamedQuery(Setting.WRITE).setParameter(1, name).setParameter(2, value)
                .setParameter(3, InstantConverter.toDatabase(clock.instant())).executeUpdate();
    }

    /**
     * A random 256-bit secret kept under {@code name} (signing keys of mailed links and reply
     * addresses): made by whichever node needs it first, then the same on every node.
     */
    public byte[] secretKey(String name) {
        Optional<String> stored = read(name);
        if (stored.isEmpty()) {
            byte[] fresh = new byte[32];
            new java.security.SecureRandom().nextBytes(fresh);
            writeIfAbsent(name, java.util.Base64.getEncoder().encodeToString(fresh));
            stored = read(name);
        }
        return java.util.Base64.getDecoder().decode(stored.get());
    }

    /** Writes the setting unless it is there already (whichever node writes first wins). */
    public void writeIfAbsent(String name, String value) {
        em.createNamedQuery(Setting.WRITE_ONCE).setParameter(1, name).setParameter(2, value)
                .setParameter(3, InstantConverter.toDatabase(clock.instant())).executeUpdate();
    }
}
