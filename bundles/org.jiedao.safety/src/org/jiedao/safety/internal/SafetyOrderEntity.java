package org.jiedao.safety.internal;

import java.time.LocalDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table SAFETY_ORDER: a rectification order with its deadline; a failed re-inspection links the next order to it. Fields are package-visible for the module's services (public for its tests and contributions). */
@Entity(name = "SafetyOrder")
@Table(name = "SAFETY_ORDER")
public class SafetyOrderEntity extends ScopedVersionedEntity {

    @Column(name = "CODE", nullable = false, length = 40) public String code;
    @Column(name = "PREMISES_ID", nullable = false) public long premisesId;
    /** The premises' code, name and category copied (kept by the premises' edit): the order lists read this table alone. */
    @Column(name = "PREMISES_CODE", nullable = false, length = 40) public String premisesCode;
    @Column(name = "PREMISES_NAME", nullable = false, length = 200) public String premisesName;
    @Column(name = "PREMISES_CATEGORY", nullable = false, length = 20) public String premisesCategory;
    @Column(name = "INSPECTION_ID") public Long inspectionId;
    @Column(name = "SEVERITY", nullable = false, length = 8) public String severity;
    @Column(name = "ISSUED_ON", nullable = false) public LocalDate issuedOn;
    @Column(name = "DEADLINE", nullable = false) public LocalDate deadline;
    @Column(name = "STATUS", nullable = false, length = 8) public String status;
    @Column(name = "PREVIOUS_ID") public Long previousId;
    /** The previous order's code (a failed re-inspection's) and the next order's, copied when the next is issued: lists read no chain. */
    @Column(name = "PREVIOUS_CODE", length = 40) public String previousCode;
    @Column(name = "NEXT_CODE", length = 40) public String nextCode;
    @Column(name = "REINSPECTION_ID") public Long reinspectionId;
    @Column(name = "CLOSED_ON") public LocalDate closedOn;
    @Column(name = "NOTE", length = 1000) public String note;

    public SafetyOrderEntity() {
    }
}
