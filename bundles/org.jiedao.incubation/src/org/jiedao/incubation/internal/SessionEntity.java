package org.jiedao.incubation.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table INCUBATION_SESSION: a service session (服务活动) for residents. */
@Entity(name = "IncubationSession")
@Table(name = "INCUBATION_SESSION")
public class SessionEntity extends ScopedVersionedEntity {

    @Column(name = "HELD_ON", nullable = false)
    private LocalDate day;

    @Column(name = "TITLE", length = 200, nullable = false)
    private String title;

    @Column(name = "ATTENDANCE", nullable = false)
    private int attendance;

    public SessionEntity() {
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public int getAttendance() {
        return attendance;
    }

    public void setAttendance(int attendance) {
        this.attendance = attendance;
    }
}
