package org.jiedao.safety;

import java.time.LocalDate;
import java.util.List;

/**
 * A recorded inspection with the template version it used; {@code orderCode} names the order it
 * re-inspected (null for a first inspection), {@code issuedOrder} the order it issued (null: none).
 */
public record Inspection(long id, String premisesCode, LocalDate inspectedOn, String inspector, PremisesCategory category, int templateVersion,
        String orderCode, String issuedOrder, String note, List<Finding> findings) {
}
