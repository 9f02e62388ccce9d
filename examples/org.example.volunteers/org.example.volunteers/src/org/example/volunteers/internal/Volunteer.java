package org.example.volunteers.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** A volunteer, registered in the community where they first served. */
@Entity(name = "Volunteer")
@Table(name = "VOL_VOLUNTEER")
public class Volunteer extends ScopedVersionedEntity {

    @Column(name = "NAME", nullable = false, length = 50)
    private String name;

    @Column(name = "PHONE", length = 30)
    private String phone;

    /** e.g. 团区委青年志愿者服务队 */
    @Column(name = "ORGANISATION", length = 100)
    private String organisation;

    protected Volunteer() {
    }

    public Volunteer(String name, String phone, String organisation) {
        this.name = name;
        this.phone = phone;
        this.organisation = organisation;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getOrganisation() {
        return organisation;
    }
}
