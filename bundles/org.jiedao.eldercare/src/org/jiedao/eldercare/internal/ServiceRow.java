package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table ELDERCARE_SERVICE: a service of a community's service centre: places per day, closed weekdays (1 Monday ... 7 Sunday, comma separated). */
@SuppressWarnings("unused")
@Entity(name = "EldercareService")
@Table(name = "ELDERCARE_SERVICE")
public class ServiceRow extends ScopedVersionedEntity {

    @Column(name = "KIND", nullable = false, length = 16)
    String kind;

    @Column(name = "CAPACITY", nullable = false)
    int capacity;

    @Column(name = "CLOSED_WEEKDAYS", length = 20)
    String closedWeekdays;

    public int capacity() {
        return capacity;
    }

    public ServiceRow() {
    }
}
