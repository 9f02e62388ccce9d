package org.example.volunteers.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** A community event (活动) volunteers served at, in the community that held it. */
@Entity(name = "VolunteerEvent")
@Table(name = "VOL_EVENT")
public class CommunityEvent extends ScopedVersionedEntity {

    @Column(name = "TITLE", nullable = false, length = 100)
    private String title;

    @Column(name = "HELD_ON", nullable = false)
    private LocalDate heldOn;

    @Column(name = "PLACE", length = 100)
    private String place;

    protected CommunityEvent() {
    }

    public CommunityEvent(String title, LocalDate heldOn, String place) {
        this.title = title;
        this.heldOn = heldOn;
        this.place = place;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }
}
