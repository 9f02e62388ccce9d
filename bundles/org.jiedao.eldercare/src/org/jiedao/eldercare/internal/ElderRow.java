package org.jiedao.eldercare.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table ELDERCARE_ELDER: an elder of a community. ID_NUMBER, NAME, BUILDING/STAIR/FLOOR, PHONE and the contact are personal data in their own columns; ID_KEY (SHA-256 of the number) is the lookup column. */
@SuppressWarnings("unused")
@Entity(name = "EldercareElder")
@Table(name = "ELDERCARE_ELDER")
public class ElderRow extends ScopedVersionedEntity {

    @Column(name = "ID_NUMBER", nullable = false, length = 64)
    String idNumber;

    @Column(name = "ID_KEY", nullable = false, length = 64)
    String idKey;

    @Column(name = "NAME", nullable = false, length = 64)
    String name;

    @Column(name = "SEX", nullable = false, length = 8)
    String sex;

    @Column(name = "BIRTH_DATE", nullable = false)
    LocalDate birthDate;

    @Column(name = "BUILDING", length = 64)
    String building;

    @Column(name = "STAIR", length = 64)
    String stair;

    @Column(name = "FLOOR_NO", length = 64)
    String floor;

    @Column(name = "PHONE", length = 64)
    String phone;

    @Column(name = "LIVING_ALONE", nullable = false)
    boolean livingAlone;

    @Column(name = "CATEGORY", length = 32)
    String category;

    @Column(name = "NEEDS", length = 500)
    String needs;

    @Column(name = "CONTACT_NAME", length = 64)
    String contactName;

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
