package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table ELDERCARE_VISIT: a visit of a younger elder to the older one of their pair. */
@SuppressWarnings("unused")
@Entity(name = "EldercareVisit")
@Table(name = "ELDERCARE_VISIT")
public class VisitRow extends ScopedVersionedEntity {

    @Column(name = "PAIR_ID", nullable = false)
    long pairId;

    @Column(name = "OLDER_ID", nullable = false)
    long olderId;

    @Column(name = "VISITED_ON", nullable = false)
    LocalDate day;

    @Column(name = "NOTE", length = 500)
    String note;

    public VisitRow() {
    }
}
