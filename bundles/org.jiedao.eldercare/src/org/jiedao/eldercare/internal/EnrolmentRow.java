package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table ELDERCARE_ENROLMENT: an enrolment, or a place on the waiting list (SEQ orders both). */
@SuppressWarnings("unused")
@Entity(name = "EldercareEnrolment")
@Table(name = "ELDERCARE_ENROLMENT")
public class EnrolmentRow extends ScopedVersionedEntity {

    @Column(name = "COURSE_ID", nullable = false)
    long courseId;

    @Column(name = "ELDER_ID", nullable = false)
    long elderId;

    @Column(name = "STATUS", nullable = false, length = 16)
    String status;

    @Column(name = "SEQ", nullable = false)
    long seq;

    public EnrolmentRow() {
    }
}
