package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.VersionedEntity;

/** Table ELDERCARE_CATALOGUE: an item of the renovation catalogue with its unit price (yuan). */
@SuppressWarnings("unused")
@Entity(name = "EldercareCatalogue")
@Table(name = "ELDERCARE_CATALOGUE")
public class CatalogueRow extends VersionedEntity {

    @Column(name = "CODE", nullable = false, length = 32)
    String code;

    @Column(name = "NAME", nullable = false, length = 100)
    String name;

    @Column(name = "UNIT_PRICE", nullable = false, precision = 12, scale = 2)
    BigDecimal unitPrice;

    public CatalogueRow() {
    }
}
