package org.jiedao.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/**
 * Table SAFETY_COUNT: per leaf unit (the records' own community or grid), month ({@code yyyymm}) and premises category,
 * the inspections held in the month and the orders issued in it that are still open. Kept in the transaction of every
 * write ({@link Counts}); the dashboard adds the rows up by unit path at query time. Scoped like the records it counts.
 */
@Entity(name = "SafetyCount")
@Table(name = "SAFETY_COUNT")
public class SafetyCountEntity extends ScopedVersionedEntity {

    @Column(name = "COUNT_MONTH", nullable = false) public int month;
    @Column(name = "CATEGORY", nullable = false, length = 20) public String category;
    @Column(name = "INSPECTIONS", nullable = false) public long inspections;
    @Column(name = "OPEN_ORDERS", nullable = false) public long openOrders;

    public SafetyCountEntity() {
    }
}
