package org.jiedao.eldercare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An elder-friendly renovation application with its items and its history.
 *
 * @param dueOn    the deadline of the running step (assessment, installation); null when none runs
 * @param overdue  whether {@code dueOn} has passed on the day of the query
 * @param total    the amount of the approved items (of the assessed ones before approval), yuan with 2 decimals
 * @param subsidy  the approved subsidy, yuan with 2 decimals; null before approval
 */
public record Renovation(long id, long version, long elderId, String elderName, String communityCode, String communityName, LocalDate appliedOn,
        RenovationStatus status, LocalDate dueOn, boolean overdue, BigDecimal total, BigDecimal subsidy, String reason, List<Item> items,
        List<Step> history) {

    /** An assessed item: a catalogue item at its unit price, a quantity, whether it was approved. */
    public record Item(String code, String name, BigDecimal unitPrice, int quantity, boolean approved) {
        /** @return unit price × quantity */
        public BigDecimal amount() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    /** A step of the history. */
    public record Step(java.time.Instant at, LocalDate on, RenovationStatus from, RenovationStatus to, String by, String detail) {
    }
}
