package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table ELDERCARE_CLOSED_DAY: a day a service is closed. */
@SuppressWarnings("unused")
@Entity(name = "EldercareClosedDay")
@Table(name = "ELDERCARE_CLOSED_DAY")
public class ClosedDayRow extends ScopedVersionedEntity {

    @Column(name = "SERVICE_ID", nullable = false)
    long serviceId;

    @Column(name = "CLOSED_ON", nullable = false)
    LocalDate day;

    public ClosedDayRow() {
    }
}
