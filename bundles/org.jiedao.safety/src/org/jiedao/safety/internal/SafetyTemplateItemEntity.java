package org.jiedao.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.VersionedEntity;

/** Table SAFETY_TEMPLATE_ITEM: an item of a template version; a sample item is shipped for the officer to replace. Fields are package-visible for the module's services (public for its tests and contributions). */
@Entity(name = "SafetyTemplateItem")
@Table(name = "SAFETY_TEMPLATE_ITEM")
public class SafetyTemplateItemEntity extends VersionedEntity {

    @Column(name = "TEMPLATE_ID", nullable = false) public long templateId;
    @Column(name = "ITEM_NO", nullable = false) public int number;
    @Column(name = "TEXT", nullable = false, length = 500) public String text;
    @Column(name = "SAMPLE", nullable = false) public boolean sample;

    public SafetyTemplateItemEntity() {
    }
}
