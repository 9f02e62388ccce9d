package org.jiedao.incubation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.VersionedEntity;

/** Table INCUBATION_SETTING: the module's configurable rules (DOMAIN.md §1 defaults), installation-wide. */
@Entity(name = "IncubationSetting")
@Table(name = "INCUBATION_SETTING")
public class SettingEntity extends VersionedEntity {

    @Column(name = "SETTING_KEY", length = 40, nullable = false, unique = true)
    private String key;

    @Column(name = "SETTING_VALUE", nullable = false)
    private int value;

    public SettingEntity() {
    }

    public SettingEntity(String key, int value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() {
        return key;
    }

    public int getValue() {
        return value;
    }

    public void setValue(int value) {
        this.value = value;
    }
}
