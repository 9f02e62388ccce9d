package org.jiedao.safety.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table SAFETY_FINDING: the result of one checklist item in an inspection; a hazard has a severity. Fields are package-visible for the module's services (public for its tests and contributions). */
@Entity(name = "SafetyFinding")
@Table(name = "SAFETY_FINDING")
public class SafetyFindingEntity extends ScopedVersionedEntity {

    @Column(name = "INSPECTION_ID", nullable = false) public long inspectionId;
    @Column(name = "ITEM_ID", nullable = false) public long itemId;
    @Column(name = "ITEM_NO", nullable = false) public int itemNo;
    @Column(name = "RESULT", nullable = false, length = 8) public String result;
    @Column(name = "SEVERITY", length = 8) public String severity;
    @Column(name = "NOTE", length = 1000) public String note;

    public SafetyFindingEntity() {
    }
}
