package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;
import org.jiedao.core.privacy.PersonalData;

/** Table ELDERCARE_ELDER: an elder of a community. ID_NUMBER, NAME, BUILDING/STAIR/FLOOR, PHONE and the contact are personal data in their own columns; ID_KEY (SHA-256 of the number) is the lookup column. */
@SuppressWarnings("unused")
@Entity(name = "EldercareElder")
@Table(name = "ELDERCARE_ELDER")
public class ElderRow extends ScopedVersionedEntity {

    @PersonalData(PersonalData.Kind.ID_NUMBER)
    @Column(name = "ID_NUMBER", nullable = false, length = 64)
    String idNumber;

    @PersonalData(PersonalData.Kind.OTHER)
    @Column(name = "ID_KEY", nullable = false, length = 64)
    String idKey;

    @PersonalData(PersonalData.Kind.NAME)
    @Column(name = "NAME", nullable = false, length = 64)
    String name;

    @Column(name = "SEX", nullable = false, length = 8)
    String sex;

    @Column(name = "BIRTH_DATE", nullable = false)
    LocalDate birthDate;

    @PersonalData(PersonalData.Kind.ADDRESS)
    @Column(name = "BUILDING", length = 64)
    String building;

    @PersonalData(PersonalData.Kind.ADDRESS)
    @Column(name = "STAIR", length = 64)
    String stair;

    @PersonalData(PersonalData.Kind.ADDRESS)
    @Column(name = "FLOOR_NO", length = 64)
    String floor;

    @PersonalData(PersonalData.Kind.PHONE)
    @Column(name = "PHONE", length = 64)
    String phone;

    @Column(name = "LIVING_ALONE", nullable = false)
    boolean livingAlone;

    @Column(name = "CATEGORY", length = 32)
    String category;

    @Column(name = "NEEDS", length = 500)
    String needs;

    @PersonalData(PersonalData.Kind.NAME)
    @Column(name = "CONTACT_NAME", length = 64)
    String contactName;

    @PersonalData(PersonalData.Kind.PHONE)
    @Column(name = "CONTACT_PHONE", length = 64)
    String contactPhone;

    public String idNumber() {
        return idNumber;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** @return building/unit, the stairwell of the mutual-aid pairs */
    public String stairwell() {
        return building + "/" + stair;
    }

    public ElderRow() {
    }
}
