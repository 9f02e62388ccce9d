package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table ELDERCARE_RENOVATION_ITEM: an assessed item of an application. */
@SuppressWarnings("unused")
@Entity(name = "EldercareRenovationItem")
@Table(name = "ELDERCARE_RENOVATION_ITEM")
public class RenovationItemRow extends ScopedVersionedEntity {

    @Column(name = "RENOVATION_ID", nullable = false)
    long renovationId;

    @Column(name = "CODE", nullable = false, length = 32)
    String code;

    @Column(name = "NAME", nullable = false, length = 100)
    String name;

    @Column(name = "UNIT_PRICE", nullable = false, precision = 12, scale = 2)
    BigDecimal unitPrice;

    @Column(name = "QUANTITY", nullable = false)
    int quantity;

    @Column(name = "APPROVED", nullable = false)
    boolean approved;

    public RenovationItemRow() {
    }
}
