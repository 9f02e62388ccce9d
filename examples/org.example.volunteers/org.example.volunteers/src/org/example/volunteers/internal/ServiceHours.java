package org.example.volunteers.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** The hours one volunteer served at one event (at most one record per volunteer and event). */
@Entity(name = "VolunteerServiceHours")
@Table(name = "VOL_HOURS")
public class ServiceHours extends ScopedVersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "EVENT_ID", nullable = false)
    private CommunityEvent event;

    @ManyToOne(optional = false)
    @JoinColumn(name = "VOLUNTEER_ID", nullable = false)
    private Volunteer volunteer;

    @Column(name = "HOURS", nullable = false, precision = 4, scale = 1)
    private BigDecimal hours;

    @Column(name = "TASK", length = 200)
    private String task;

    @Column(name = "RECORDED_BY", nullable = false, length = 64)
    private String recordedBy;

    protected ServiceHours() {
    }

    public ServiceHours(CommunityEvent event, Volunteer volunteer, BigDecimal hours, String task, String recordedBy) {
        this.event = event;
        this.volunteer = volunteer;
        this.hours = hours;
        this.task = task;
        this.recordedBy = recordedBy;
    }

    public CommunityEvent getEvent() {
        return event;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getTask() {
        return task;
    }
}
