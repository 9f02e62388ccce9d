package org.jiedao.security.internal.org;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;

import org.jiedao.core.persistence.VersionedEntity;

/** Table JD_ORG_UNIT: one organisation unit, with the materialised path of codes to it. */
@Entity
@Table(name = "JD_ORG_UNIT") // schema: db/changelog/security.xml
public class OrgUnitEntity extends VersionedEntity {

    @Column(name = "CODE", nullable = false, length = 32)
    private String code;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "UNIT_LEVEL", nullable = false, length = 16)
    private OrgLevel level;

    @ManyToOne
    @JoinColumn(name = "PARENT_ID")
    private OrgUnitEntity parent;

    @Column(name = "PATH", nullable = false, length = 400)
    private String path;

    protected OrgUnitEntity() {
    }

    OrgUnitEntity(String code, String name, OrgLevel level, OrgUnitEntity parent) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
        this.path = (parent == null ? "/" : parent.path) + code + "/";
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    OrgLevel level() {
        return level;
    }

    OrgUnitEntity parent() {
        return parent;
    }

    String path() {
        return path;
    }

    /** Moves this unit under {@code newParent}; the caller fixes the paths of the subtree. */
    void moveTo(OrgUnitEntity newParent) {
        this.parent = newParent;
        this.path = newParent.path + code + "/";
    }

    /** Replaces the path prefix {@code oldPrefix} with {@code newPrefix} (a unit below a moved one). */
    void rebase(String oldPrefix, String newPrefix) {
        this.path = newPrefix + path.substring(oldPrefix.length());
    }

    OrgUnit toOrgUnit() {
        return new OrgUnit(code, name, level, Optional.ofNullable(parent).map(OrgUnitEntity::code), path);
    }
}
