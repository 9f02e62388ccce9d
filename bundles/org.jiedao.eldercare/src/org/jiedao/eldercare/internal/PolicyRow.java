package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.VersionedEntity;

/** Table ELDERCARE_POLICY: a rule of a year's subsidy policy: rate (percent) and cap per household for a category (* the others). */
@SuppressWarnings("unused")
@Entity(name = "EldercarePolicy")
@Table(name = "ELDERCARE_POLICY")
public class PolicyRow extends VersionedEntity {

    @Column(name = "YEAR_NO", nullable = false)
    int year;

    @Column(name = "CATEGORY", nullable = false, length = 32)
    String category;

    @Column(name = "RATE", nullable = false, precision = 5, scale = 2)
    BigDecimal rate;

    @Column(name = "CAP", nullable = false, precision = 12, scale = 2)
    BigDecimal cap;

    public PolicyRow() {
    }
}
