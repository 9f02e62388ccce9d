package org.jiedao.petitions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The module's installation-wide settings: one row (id 1), created by the changelog with the defaults. */
@Entity(name = "PetitionSettings")
@Table(name = "PET_SETTINGS")
public class PetitionSettingsRow {

    @Id
    @Column(name = "ID")
    private long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "NORMAL_DAYS", nullable = false)
    private int normalDays;

    @Column(name = "URGENT_DAYS", nullable = false)
    private int urgentDays;

    @Column(name = "DUE_SOON_DAYS", nullable = false)
    private int dueSoonDays;

    @Column(name = "MAX_ATTACHMENT_KB", nullable = false)
    private int maxAttachmentKb;

    protected PetitionSettingsRow() {
    }

    public int getNormalDays() { return normalDays; }
    public int getUrgentDays() { return urgentDays; }
    public int getDueSoonDays() { return dueSoonDays; }
    public int getMaxAttachmentKb() { return maxAttachmentKb; }

    void setMaxAttachmentKb(int kb) {
        this.maxAttachmentKb = kb;
    }

    void set(int normalDays, int urgentDays, int dueSoonDays) {
        this.normalDays = normalDays;
        this.urgentDays = urgentDays;
        this.dueSoonDays = dueSoonDays;
    }
}
