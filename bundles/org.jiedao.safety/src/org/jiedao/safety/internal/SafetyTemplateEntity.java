package org.jiedao.safety.internal;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.VersionedEntity;

/** Table SAFETY_TEMPLATE: one version of the checklist template of a category; a version never changes once written. Fields are package-visible for the module's services (public for its tests and contributions). */
@Entity(name = "SafetyTemplate")
@Table(name = "SAFETY_TEMPLATE")
public class SafetyTemplateEntity extends VersionedEntity {

    @Column(name = "CATEGORY", nullable = false, length = 20) public String category;
    @Column(name = "TEMPLATE_VERSION", nullable = false) public int templateVersion;
    @Column(name = "TITLE", nullable = false, length = 200) public String title;
    @Column(name = "CREATED_ON", nullable = false) public LocalDate createdOn;
    @Column(name = "CREATED_BY", length = 100) public String createdBy;

    public SafetyTemplateEntity() {
    }
}
