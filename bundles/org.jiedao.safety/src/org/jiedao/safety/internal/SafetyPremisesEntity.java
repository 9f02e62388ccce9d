package org.jiedao.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;
import org.jiedao.core.privacy.PersonalData;

/** Table SAFETY_PREMISES: a premises of a community or grid; address, owner, manager and phone are personal data, each in its own String column. Fields are package-visible for the module's services (public for its tests and contributions). */
@Entity(name = "SafetyPremises")
@Table(name = "SAFETY_PREMISES")
public class SafetyPremisesEntity extends ScopedVersionedEntity {

    @Column(name = "CODE", nullable = false, length = 40) public String code;
    @Column(name = "NAME", nullable = false, length = 200) public String name;
    @Column(name = "CATEGORY", nullable = false, length = 20) public String category;
    @PersonalData(PersonalData.Kind.ADDRESS) @Column(name = "ADDRESS", length = 400) public String address;
    @PersonalData(PersonalData.Kind.NAME) @Column(name = "OWNER_NAME", length = 200) public String owner;
    @PersonalData(PersonalData.Kind.NAME) @Column(name = "MANAGER_NAME", length = 200) public String manager;
    @PersonalData(PersonalData.Kind.PHONE) @Column(name = "PHONE", length = 200) public String phone;
    @Column(name = "ROOMS") public Integer rooms;
    @Column(name = "OCCUPANTS") public Integer occupants;
    @Column(name = "CHARGING_POINTS") public Integer chargingPoints;

    public SafetyPremisesEntity() {
    }
}
