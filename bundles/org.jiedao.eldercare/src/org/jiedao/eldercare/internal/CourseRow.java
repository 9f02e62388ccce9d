package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table ELDERCARE_COURSE: a course of the community school in a term. */
@SuppressWarnings("unused")
@Entity(name = "EldercareCourse")
@Table(name = "ELDERCARE_COURSE")
public class CourseRow extends ScopedVersionedEntity {

    @Column(name = "CODE", nullable = false, length = 32)
    String code;

    @Column(name = "NAME", nullable = false, length = 100)
    String name;

    @Column(name = "TERM", nullable = false, length = 32)
    String term;

    @Column(name = "CAPACITY", nullable = false)
    int capacity;

    public CourseRow() {
    }
}
