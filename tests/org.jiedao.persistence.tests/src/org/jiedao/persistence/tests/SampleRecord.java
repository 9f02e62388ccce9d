package org.jiedao.persistence.tests;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A module entity as a third party would write it, contributed by this test bundle. */
@Entity
@Table(name = "TST_SAMPLE")
public class SampleRecord {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "UNIT_CODE", length = 32)
    private String unitCode;

    @Column(name = "RECEIVED_ON")
    private LocalDate receivedOn;

    /** A resident's phone: personal data, never in clear in the audit trail. */
    @org.jiedao.core.privacy.PersonalData(org.jiedao.core.privacy.PersonalData.Kind.PHONE)
    @Column(length = 32)
    private String phone;

    /** A BOOLEAN column, compared with literals in JPQL (the platform makes Derby understand them). */
    @Column(nullable = false)
    private boolean urgent;

    @Version
    private long version;

    protected SampleRecord() {
    }

    public SampleRecord(String name, String unitCode, LocalDate receivedOn) {
        this.name = name;
        this.unitCode = unitCode;
        this.receivedOn = receivedOn;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public long getVersion() {
        return version;
    }
}
