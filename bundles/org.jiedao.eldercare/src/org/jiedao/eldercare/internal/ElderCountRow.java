package org.jiedao.eldercare.internal;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedEntity;

/**
 * Table ELDERCARE_ELDER_COUNT: the elders of one community counted (how many, how many living alone), kept in the
 * transaction of every write of elders by {@link ElderCounts}, so that the district's registry count and the ageing
 * statistics add up a few rows per community instead of counting every elder. Two kinds of rows per community (its own
 * unit, with that unit's path, so that the platform's scoping and row-level security cover them as the elders):
 * <ul>
 * <li>a <b>year row</b> per year of birth ({@code BIRTH_YEAR} &gt; 0, {@code CATEGORY} {@value ElderCounts#ANY}): the
 * ages on any day are whole years of birth plus the elders of the year at the edge, counted from the registry;</li>
 * <li>a <b>category row</b> per category ({@code BIRTH_YEAR} 0, {@code CATEGORY} the category, empty for none): together
 * the community's elders.</li>
 * </ul>
 * Derived data (the elders are audited themselves), mapped only to be read and scoped.
 */
@Entity(name = "EldercareElderCount")
@IdClass(ElderCountRow.Key.class)
@Table(name = "ELDERCARE_ELDER_COUNT")
public class ElderCountRow extends ScopedEntity {

    /** The community of the elders counted: UNIT_CODE, as part of the key. */
    @Id
    @Column(name = "UNIT_CODE", nullable = false, length = 32, insertable = false, updatable = false)
    private String keyUnit;

    @Id
    @Column(name = "BIRTH_YEAR", nullable = false)
    private int birthYear;

    @Id
    @Column(name = "CATEGORY", nullable = false, length = 32)
    private String category;

    @Column(name = "ELDERS", nullable = false)
    private int elders;

    @Column(name = "ALONE", nullable = false)
    private int alone;

    protected ElderCountRow() {
    }

    public int birthYear() {
        return birthYear;
    }

    public String category() {
        return category;
    }

    public int elders() {
        return elders;
    }

    public int alone() {
        return alone;
    }

    /** The primary key: community, year of birth (0: a category row) and category. */
    public static final class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private String keyUnit;
        private int birthYear;
        private String category;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.birthYear == birthYear && Objects.equals(k.keyUnit, keyUnit) && Objects.equals(k.category, category);
        }

        @Override
        public int hashCode() {
            return Objects.hash(keyUnit, birthYear, category);
        }
    }
}
