package org.jiedao.incubation.internal;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table INCUBATION_ROTATION: an exhibition rotation (展陈) of an incubator's quarter. */
@Entity(name = "IncubationRotation")
@Table(name = "INCUBATION_ROTATION")
public class RotationEntity extends ScopedVersionedEntity {

    @Column(name = "INCUBATOR_ID", nullable = false)
    private long incubatorId;

    @Column(name = "ROTATION_YEAR", nullable = false)
    private int year;

    @Column(name = "QUARTER", nullable = false)
    private int quarter;

    @Column(name = "WORKS", length = 500, nullable = false)
    private String works;

    @Column(name = "AUTHORS", length = 200)
    private String authors;

    @Column(name = "SCHOOL", length = 100)
    private String school;

    public RotationEntity() {
    }

    public long getIncubatorId() {
        return incubatorId;
    }

    public void setIncubatorId(long incubatorId) {
        this.incubatorId = incubatorId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }

    public String getWorks() {
        return works;
    }

    public void setWorks(String works) {
        this.works = works;
    }

    public String getAuthors() {
        return authors;
    }

    public void setAuthors(String authors) {
        this.authors = authors;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }
}
