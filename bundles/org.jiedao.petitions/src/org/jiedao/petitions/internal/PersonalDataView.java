package org.jiedao.petitions.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.VersionedEntity;

/**
 * One view of unmasked personal data (a petition opened by a handler, a handling form printed, an
 * export with names and phone numbers). The platform's audit trail records entity changes only, so
 * each view is a row of this entity: its creation is then in the tamper-evident audit chain with
 * the user and the time. Not scoped: it is a log, not a record of a unit.
 */
@Entity(name = "PersonalDataView")
@Table(name = "PET_DATA_VIEW")
public class PersonalDataView extends VersionedEntity {

    /** What the view was for. */
    public enum Purpose { SHOW, REPORT, EXPORT }

    /** The petition seen; null for an export (which names the count in RECORDS). */
    @Column(name = "PETITION_ID")
    private Long petitionId;

    @Column(name = "UNIT_CODE", length = 32)
    private String unitCode;

    @Column(name = "PURPOSE", nullable = false, length = 16)
    private String purpose;

    @Column(name = "RECORDS", nullable = false)
    private long records;

    @Column(name = "VIEWED_BY", nullable = false, length = 64)
    private String viewedBy;

    @Column(name = "VIEWED_AT_UTC", nullable = false)
    private LocalDateTime viewedAtUtc;

    protected PersonalDataView() {
    }

    public PersonalDataView(Long petitionId, String unitCode, Purpose purpose, long records, String viewedBy, LocalDateTime viewedAtUtc) {
        this.petitionId = petitionId;
        this.unitCode = unitCode;
        this.purpose = purpose.name();
        this.records = records;
        this.viewedBy = viewedBy;
        this.viewedAtUtc = viewedAtUtc;
    }

    public Long getPetitionId() { return petitionId; }
    public String getPurpose() { return purpose; }
    public long getRecords() { return records; }
    public String getViewedBy() { return viewedBy; }
}
