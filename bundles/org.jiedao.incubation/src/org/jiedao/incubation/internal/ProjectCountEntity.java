package org.jiedao.incubation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/**
 * Table INCUBATION_PROJECT_COUNT: per unit (the project's own community, or street while it applies) and year, how many
 * of its projects (not only applying) entered in that year (a row of kind {@code E}) and how many left in it (a row of
 * kind {@code X}, so that a back-fill is two grouped inserts, no update); kept in the same transaction by
 * every write of a project (service, editor, import, confirmed selection). The projects resident in a year Y are those
 * that entered in Y or before less those that left before Y, so the dashboard adds up a row per unit and year instead
 * of reading every project. Scoped like the projects it counts.
 */
@Entity(name = "IncubationProjectCount")
@Table(name = "INCUBATION_PROJECT_COUNT")
public class ProjectCountEntity extends ScopedVersionedEntity {

    @Column(name = "COUNT_YEAR", nullable = false)
    private int year;

    /** E: the projects entered in the year; X: those that left in it */
    @Column(name = "KIND", length = 1, nullable = false)
    private String kind;

    @Column(name = "ENTERED", nullable = false)
    private int entered;

    @Column(name = "EXITED", nullable = false)
    private int exited;

    public ProjectCountEntity() {
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public int getEntered() {
        return entered;
    }

    public int getExited() {
        return exited;
    }

    /** Adds a change of the unit's entries and exits of the year. */
    public void add(int enteredDelta, int exitedDelta) {
        entered += enteredDelta;
        exited += exitedDelta;
    }
}
