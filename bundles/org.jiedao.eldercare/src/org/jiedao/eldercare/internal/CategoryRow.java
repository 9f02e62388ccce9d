package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.VersionedEntity;

/** Table ELDERCARE_CATEGORY: an elder category of the configurable list. */
@SuppressWarnings("unused")
@Entity(name = "EldercareCategory")
@Table(name = "ELDERCARE_CATEGORY")
public class CategoryRow extends VersionedEntity {

    @Column(name = "NAME", nullable = false, length = 32)
    String name;

    @Column(name = "SORT_NO", nullable = false)
    int sort;

    public CategoryRow() {
    }
}
