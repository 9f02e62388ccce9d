package org.jiedao.security.internal.org;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jiedao.core.org.OrgUnitChange;

/** Table JD_ORG_UNIT_CHANGE: the history of the units (append-only). */
@Entity
@Table(name = "JD_ORG_UNIT_CHANGE") // schema: db/changelog/security.xml
public class OrgUnitChangeEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "CODE", nullable = false, length = 32)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private OrgUnitChange.Kind kind;

    @Column(name = "OLD_VALUE", length = 100)
    private String oldValue;

    @Column(name = "NEW_VALUE", length = 100)
    private String newValue;

    /** UTC (JPA 3.1 maps LocalDateTime portably; Instant only from 3.2). */
    @Column(name = "CHANGED_AT_UTC", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "CHANGED_BY", nullable = false, length = 64)
    private String changedBy;

    protected OrgUnitChangeEntity() {
    }

    OrgUnitChangeEntity(String code, OrgUnitChange.Kind kind, String oldValue, String newValue, Instant at, String by) {
        this.code = code;
        this.kind = kind;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.changedBy = by;
    }

    OrgUnitChange toChange() {
        return new OrgUnitChange(code, kind, oldValue == null ? "" : oldValue, newValue == null ? "" : newValue,
                changedAt.toInstant(ZoneOffset.UTC), changedBy);
    }
}
