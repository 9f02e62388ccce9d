package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table ELDERCARE_PAIR: a mutual-aid pair: a younger elder looking after an older one. */
@SuppressWarnings("unused")
@Entity(name = "EldercarePair")
@Table(name = "ELDERCARE_PAIR")
public class PairRow extends ScopedVersionedEntity {

    @Column(name = "YOUNGER_ID", nullable = false)
    long youngerId;

    @Column(name = "OLDER_ID", nullable = false)
    long olderId;

    @Column(name = "SINCE", nullable = false)
    LocalDate since;

    @Column(name = "ENDED_ON")
    LocalDate endedOn;

    public PairRow() {
    }
}
