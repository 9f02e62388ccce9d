package org.jiedao.security.internal.privacy;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.VersionedEntity;
import org.jiedao.core.privacy.PersonalDataLog;

/**
 * One read of unmasked personal data. A row, not a log line, so that its creation is in the
 * tamper-evident audit trail. Not scoped: it is the installation's log, read by administrators and
 * auditors.
 */
@Entity(name = "PersonalDataRead")
@Table(name = "JD_PERSONAL_DATA_READ")
public class PersonalDataReadEntity extends VersionedEntity {

    @Column(name = "MODULE", nullable = false, length = 64)
    private String module;

    @Column(name = "RECORD_KIND", nullable = false, length = 32)
    private String recordKind;

    @Column(name = "RECORD_KEY", length = 64)
    private String recordKey;

    @Column(name = "UNIT_CODE", length = 32)
    private String unitCode;

    @Column(name = "PURPOSE", nullable = false, length = 16)
    private String purpose;

    @Column(name = "RECORDS", nullable = false)
    private long records;

    @Column(name = "READ_BY", nullable = false, length = 64)
    private String readBy;

    @Column(name = "READ_AT_UTC", nullable = false)
    private LocalDateTime readAtUtc;

    protected PersonalDataReadEntity() {
    }

    PersonalDataReadEntity(PersonalDataLog.Read read) {
        this.module = read.module();
        this.recordKind = read.recordKind();
        this.recordKey = read.recordKey();
        this.unitCode = read.unitCode();
        this.purpose = read.purpose().name();
        this.records = read.records();
        this.readBy = read.readBy();
        this.readAtUtc = read.readAtUtc();
    }

    PersonalDataLog.Read toRead() {
        return new PersonalDataLog.Read(module, recordKind, recordKey, unitCode, PersonalDataLog.Purpose.valueOf(purpose), records,
                readBy, readAtUtc);
    }
}
