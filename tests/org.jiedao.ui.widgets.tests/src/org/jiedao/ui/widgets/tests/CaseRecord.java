package org.jiedao.ui.widgets.tests;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A case as a petitions inbox lists it: the rows of the tables under test. */
@Entity
@Table(name = "TST_CASE")
public class CaseRecord {

    @Id
    private Long id;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Column(name = "STATUS", nullable = false, length = 20)
    private String status;

    @Column(name = "RECEIVED_ON", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "DAYS_OPEN", nullable = false)
    private int daysOpen;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected CaseRecord() {
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public int getDaysOpen() {
        return daysOpen;
    }
}
