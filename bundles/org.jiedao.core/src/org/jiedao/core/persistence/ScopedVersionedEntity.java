package org.jiedao.core.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * The usual shape of a module's record: it belongs to an organisation unit and is scoped like
 * every {@link ScopedEntity} (columns {@code UNIT_CODE}, {@code UNIT_PATH}), has a generated id
 * (column {@code ID}) and an optimistic-locking version (column {@code VERSION}). An entity
 * with another key (a composite or a natural id) extends {@link ScopedEntity} and declares its own.
 */
@MappedSuperclass
public abstract class ScopedVersionedEntity extends ScopedEntity {

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
