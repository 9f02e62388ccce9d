package org.jiedao.eldercare.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table ELDERCARE_MARKET_STALL: a stall of a market (in the market's community). */
@SuppressWarnings("unused")
@Entity(name = "EldercareMarketStall")
@Table(name = "ELDERCARE_MARKET_STALL")
public class MarketStallRow extends ScopedVersionedEntity {

    @Column(name = "MARKET_ID", nullable = false)
    long marketId;

    @Column(name = "NAME", nullable = false, length = 50)
    String name;

    @Column(name = "PROVIDER", length = 100)
    String provider;

    @Column(name = "SERVED", nullable = false)
    int served;

    @Column(name = "SORT_NO", nullable = false)
    int sort;

    public MarketStallRow() {
    }
}
