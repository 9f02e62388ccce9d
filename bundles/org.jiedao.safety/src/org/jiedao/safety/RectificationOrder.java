package org.jiedao.safety;

import java.time.LocalDate;

/**
 * A rectification order 整改通知. {@code previousCode} names the order whose failed re-inspection issued
 * this one; {@code nextCode} the order that followed this one's failed re-inspection.
 */
public record RectificationOrder(long id, String code, String premisesCode, String premisesName, String unitCode, String unitName,
        Severity severity, LocalDate issuedOn, LocalDate deadline, OrderStatus status, String previousCode, String nextCode, LocalDate closedOn,
        String note) {

    /** @return whether the order still runs and its deadline has passed on {@code today} */
    public boolean overdueOn(LocalDate today) {
        return status.isOpen() && deadline.isBefore(today);
    }
}
