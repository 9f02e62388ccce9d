package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table ELDERCARE_POPULATION: the registered population of a community in a year. */
@SuppressWarnings("unused")
@Entity(name = "EldercarePopulation")
@Table(name = "ELDERCARE_POPULATION")
public class PopulationRow extends ScopedVersionedEntity {

    @Column(name = "YEAR_NO", nullable = false)
    int year;

    @Column(name = "POPULATION", nullable = false)
    int population;

    public int year() {
        return year;
    }

    public int population() {
        return population;
    }

    public PopulationRow() {
    }
}
