package org.jiedao.safety.internal;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table SAFETY_INSPECTION: an inspection of a premises with the template version it used; a re-inspection names its order. Fields are package-visible for the module's services (public for its tests and contributions). */
@Entity(name = "SafetyInspection")
@Table(name = "SAFETY_INSPECTION")
public class SafetyInspectionEntity extends ScopedVersionedEntity {

    @Column(name = "PREMISES_ID", nullable = false) public long premisesId;
    @Column(name = "INSPECTED_ON", nullable = false) public LocalDate inspectedOn;
    @Column(name = "INSPECTOR", nullable = false, length = 100) public String inspector;
    @Column(name = "TEMPLATE_ID") public Long templateId;
    @Column(name = "ORDER_ID") public Long orderId;
    @Column(name = "NOTE", length = 1000) public String note;

    public SafetyInspectionEntity() {
    }
}
