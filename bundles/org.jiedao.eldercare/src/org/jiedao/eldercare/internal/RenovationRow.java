package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table ELDERCARE_RENOVATION: a renovation application of an elder. */
@SuppressWarnings("unused")
@Entity(name = "EldercareRenovation")
@Table(name = "ELDERCARE_RENOVATION")
public class RenovationRow extends ScopedVersionedEntity {

    @Column(name = "ELDER_ID", nullable = false)
    long elderId;

    @Column(name = "APPLIED_ON", nullable = false)
    LocalDate appliedOn;

    @Column(name = "STATUS", nullable = false, length = 16)
    String status;

    @Column(name = "STEP_ON", nullable = false)
    LocalDate stepOn;

    @Column(name = "DUE_ON")
    LocalDate dueOn;

    @Column(name = "NOTE", length = 500)
    String note;

    @Column(name = "REASON", length = 500)
    String reason;

    @Column(name = "SUBSIDY", precision = 12, scale = 2)
    BigDecimal subsidy;

    public RenovationRow() {
    }
}
