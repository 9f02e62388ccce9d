package org.jiedao.core.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Superclass of module entities that are not scoped to an organisation unit (installation-wide
 * lists, logs): a generated id (column {@code ID}) and an optimistic-locking version (column
 * {@code VERSION}), so that two officers changing the same record do not overwrite each other
 * silently. Records of a unit extend {@link ScopedVersionedEntity} instead.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    @GeneratedValue
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    /** @return the generated id, {@code null} until the record is persisted and flushed */
    public Long getId() {
        return id;
    }

    /** @return the optimistic-locking version, raised by every committed change */
    public long getVersion() {
        return version;
    }
}
