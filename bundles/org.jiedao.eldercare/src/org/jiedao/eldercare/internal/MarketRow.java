package org.jiedao.eldercare.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table ELDERCARE_MARKET: a 幸福里便民集市 held by a community; MONTH_KEY (yyyymm) makes it one a month. */
@SuppressWarnings("unused")
@Entity(name = "EldercareMarket")
@Table(name = "ELDERCARE_MARKET")
public class MarketRow extends ScopedVersionedEntity {

    @Column(name = "HELD_ON", nullable = false)
    LocalDate heldOn;

    @Column(name = "MONTH_KEY", nullable = false)
    int monthKey;

    @Column(name = "PLACE", length = 100)
    String place;

    @Column(name = "VISITORS", nullable = false)
    int visitors;

    public MarketRow() {
    }
}
