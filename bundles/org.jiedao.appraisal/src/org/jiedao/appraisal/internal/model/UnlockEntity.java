package org.jiedao.appraisal.internal.model;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.VersionedEntity;

/** An unlock of a published year, with its reason (the audit trail records who and when as well). */
@Entity
@Table(name = "APR_UNLOCK")
public class UnlockEntity extends VersionedEntity {

    @Column(name = "YEAR_NO", nullable = false)
    private int year;

    @Column(name = "REASON", nullable = false, length = 1000)
    private String reason;

    @Column(name = "UNLOCKED_BY", nullable = false, length = 100)
    private String unlockedBy;

    @Column(name = "UNLOCKED_AT", nullable = false)
    private LocalDateTime unlockedAt;

    protected UnlockEntity() {
    }

    public UnlockEntity(int year, String reason, String unlockedBy, LocalDateTime unlockedAt) {
        this.year = year;
        this.reason = reason;
        this.unlockedBy = unlockedBy;
        this.unlockedAt = unlockedAt;
    }

    public int getYear() {
        return year;
    }

    public String getReason() {
        return reason;
    }

    public String getUnlockedBy() {
        return unlockedBy;
    }

    public LocalDateTime getUnlockedAt() {
        return unlockedAt;
    }
}
