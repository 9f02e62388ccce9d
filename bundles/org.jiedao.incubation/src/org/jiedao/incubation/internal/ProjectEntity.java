package org.jiedao.incubation.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;
import org.jiedao.core.privacy.PersonalData;

/** Table INCUBATION_PROJECT: a project (入驻项目); its unit is its community (a street while it only applies). */
@Entity(name = "IncubationProject")
@Table(name = "INCUBATION_PROJECT")
public class ProjectEntity extends ScopedVersionedEntity {

    @Column(name = "CODE", length = 40, nullable = false, unique = true)
    private String code;

    @Column(name = "NAME", length = 100, nullable = false)
    private String name;

    @PersonalData(PersonalData.Kind.NAME)
    @Column(name = "FOUNDER", length = 50)
    private String founder;

    @PersonalData(PersonalData.Kind.PHONE)
    @Column(name = "PHONE", length = 100)
    private String phone;

    @Column(name = "SECTOR", length = 50)
    private String sector;

    @Column(name = "STUDENT", nullable = false)
    private boolean student;

    @Column(name = "SCHOOL", length = 100)
    private String school;

    @Column(name = "GRADUATION_YEAR")
    private Integer graduationYear;

    @Column(name = "EXCELLENT", nullable = false)
    private boolean excellent;

    @Column(name = "ENTRY_DATE")
    private LocalDate entryDate;

    @Column(name = "EXIT_DATE")
    private LocalDate exitDate;

    @Column(name = "STATUS", length = 20, nullable = false)
    private String status;

    public ProjectEntity() {
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFounder() {
        return founder;
    }

    public void setFounder(String founder) {
        this.founder = founder;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public boolean isStudent() {
        return student;
    }

    public void setStudent(boolean student) {
        this.student = student;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public Integer getGraduationYear() {
        return graduationYear;
    }

    public void setGraduationYear(Integer graduationYear) {
        this.graduationYear = graduationYear;
    }

    public boolean isExcellent() {
        return excellent;
    }

    public void setExcellent(boolean excellent) {
        this.excellent = excellent;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public void setEntryDate(LocalDate entryDate) {
        this.entryDate = entryDate;
    }

    public LocalDate getExitDate() {
        return exitDate;
    }

    public void setExitDate(LocalDate exitDate) {
        this.exitDate = exitDate;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
