package org.jiedao.incubation.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table INCUBATION_DESK: an allocation of one of an incubator's reserved desks. */
@Entity(name = "IncubationDesk")
@Table(name = "INCUBATION_DESK")
public class DeskEntity extends ScopedVersionedEntity {

    @Column(name = "INCUBATOR_ID", nullable = false)
    private long incubatorId;

    @Column(name = "STUDENT", length = 50, nullable = false)
    private String student;

    @Column(name = "SCHOOL", length = 100, nullable = false)
    private String school;

    @Column(name = "GRADUATION_YEAR", nullable = false)
    private int graduationYear;

    @Column(name = "PROJECT_CODE", length = 40)
    private String projectCode;

    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate fromDate;

    @Column(name = "TO_DATE", nullable = false)
    private LocalDate toDate;

    public DeskEntity() {
    }

    public long getIncubatorId() {
        return incubatorId;
    }

    public void setIncubatorId(long incubatorId) {
        this.incubatorId = incubatorId;
    }

    public String getStudent() {
        return student;
    }

    public void setStudent(String student) {
        this.student = student;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public int getGraduationYear() {
        return graduationYear;
    }

    public void setGraduationYear(int graduationYear) {
        this.graduationYear = graduationYear;
    }

    public String getProjectCode() {
        return projectCode;
    }

    public void setProjectCode(String projectCode) {
        this.projectCode = projectCode;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }
}
