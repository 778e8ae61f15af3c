package dev.peerdesk.platform.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

/**
 * One admin-changed setting (a name and its value, rules as JSON). Written and read only through these
 * statements (by {@code platform.Settings}); never loaded or persisted as an entity.
 */
@Entity
@Table(name = "setting")
@NamedNativeQuery(name = Setting.VALUE, query = "SELECT value FROM setting WHERE name = ?1")
@NamedNativeQuery(name = Setting.WRITE, query = "INSERT INTO setting (name, value, updated_at) VALUES (?1, ?2, ?3)"
        + " ON DUPLICATE KEY UPDATE value = VALUES(value), updated_at = VALUES(updated_at)")
@NamedNativeQuery(name = Setting.WRITE_ONCE,
        query = "INSERT IGNORE INTO setting (name, value, updated_at) VALUES (?1, ?2, ?3)")
public class Setting {

    /** The value of setting ?1 (no row when never written). */
    public static final String VALUE = "Setting.value";
    /** ?1 name, ?2 value, ?3 when: written or overwritten. */
    public static final String WRITE = "Setting.write";
    /** ?1 name, ?2 value, ?3 when: written unless it is there already (0 rows then). */
    public static final String WRITE_ONCE = "Setting.writeOnce";

    @Id
    private String name;

    protected Setting() {
    }
}
