package org.jiedao.incubation.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table INCUBATION_STATION: a station (驿站) of a community. */
@Entity(name = "IncubationStation")
@Table(name = "INCUBATION_STATION")
public class StationEntity extends ScopedVersionedEntity {

    @Column(name = "NAME", length = 100, nullable = false)
    private String name;

    @Column(name = "ADDRESS", length = 200)
    private String address;

    @Column(name = "OPENED_ON", nullable = false)
    private LocalDate openedOn;

    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;

    @Column(name = "GUIDANCE_ROOM", nullable = false)
    private boolean guidanceRoom;

    public StationEntity() {
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public boolean isGuidanceRoom() {
        return guidanceRoom;
    }

    public void setGuidanceRoom(boolean guidanceRoom) {
        this.guidanceRoom = guidanceRoom;
    }
}
