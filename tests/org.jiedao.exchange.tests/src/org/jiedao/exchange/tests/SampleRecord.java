package org.jiedao.exchange.tests;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jiedao.core.persistence.ScopedEntity;

/** A module record that belongs to an organisation unit. */
@Entity
@Table(name = "TST_SAMPLE")
public class SampleRecord extends ScopedEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "TITLE", nullable = false, length = 400)
    private String title;

    @Column(name = "RECEIVED_ON")
    private LocalDate receivedOn;

    @Column(name = "AMOUNT", precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "VISITS")
    private Integer visits;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 20)
    private SampleKind kind;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected SampleRecord() {
    }

    public SampleRecord(String title, LocalDate receivedOn, BigDecimal amount, Integer visits, SampleKind kind) {
        this.title = title;
        this.receivedOn = receivedOn;
        this.amount = amount;
        this.visits = visits;
        this.kind = kind;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Integer getVisits() {
        return visits;
    }

    public SampleKind getKind() {
        return kind;
    }
}
