package org.jiedao.security.tests;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jiedao.core.persistence.ScopedEntity;

/** A module record that belongs to an organisation unit. */
@Entity
@Table(name = "TST_SCOPED")
public class ScopedRecord extends ScopedEntity {

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected ScopedRecord() {
    }

    public ScopedRecord(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
