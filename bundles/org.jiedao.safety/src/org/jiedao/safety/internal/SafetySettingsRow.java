package org.jiedao.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Table SAFETY_SETTINGS: the one row (id 1) of the module's settings; absent means the defaults of DOMAIN.md §3. */
@Entity(name = "SafetySettings")
@Table(name = "SAFETY_SETTINGS")
public class SafetySettingsRow {
    @Id @Column(name = "ID") public Long id = 1L;
    @Version @Column(name = "VERSION") public long version;
    @Column(name = "GENERAL_DAYS", nullable = false) public int generalDays;
    @Column(name = "MAJOR_DAYS", nullable = false) public int majorDays;
    @Column(name = "MAX_PHOTO_KB", nullable = false) public int maxPhotoKb;
}
