package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table ELDERCARE_RENOVATION_STEP: a step of an application's history. */
@SuppressWarnings("unused")
@Entity(name = "EldercareRenovationStep")
@Table(name = "ELDERCARE_RENOVATION_STEP")
public class RenovationStepRow extends ScopedVersionedEntity {

    @Column(name = "RENOVATION_ID", nullable = false)
    long renovationId;

    @Column(name = "AT_UTC", nullable = false)
    LocalDateTime atUtc;

    @Column(name = "ON_DAY", nullable = false)
    LocalDate on;

    @Column(name = "FROM_STATUS", length = 16)
    String from;

    @Column(name = "TO_STATUS", nullable = false, length = 16)
    String to;

    @Column(name = "BY_USER", nullable = false, length = 64)
    String by;

    @Column(name = "DETAIL", length = 1000)
    String detail;

    public RenovationStepRow() {
    }
}
