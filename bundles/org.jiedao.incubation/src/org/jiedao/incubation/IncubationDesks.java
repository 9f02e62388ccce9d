package org.jiedao.incubation;

import java.time.LocalDate;
import java.util.List;

import org.jiedao.incubation.Records.DeskAllocation;
import org.jiedao.incubation.Records.DeskDay;
import org.jiedao.incubation.Records.DeskRequest;

/**
 * The free desks (免费创业工位) of the incubators (an OSGi service). On no day may more desks of an
 * incubator be allocated than it reserves; only eligible students get one (an enrolled student or
 * a graduate of at most {@link #eligibilityYears()} years).
 */
public interface IncubationDesks {

    /**
     * Allocates a desk.
     *
     * @return the allocation's id
     * @throws IncubationException for an unknown incubator, a range ending before it starts, an
     *                             ineligible student (naming the rule), or a day on which every reserved desk
     *                             is taken (naming the day and the allocations in the way)
     */
    long allocate(DeskRequest request);

    /** @return the incubator's allocations covering the day (null: all of them), by start */
    List<DeskAllocation> allocations(String incubator, LocalDate on);

    /** @return the incubator's days from {@code from} to {@code to}, with desks used and reserved */
    List<DeskDay> occupancy(String incubator, LocalDate from, LocalDate to);

    /** Removes an allocation. */
    void release(long allocationId);

    /** @return the years after graduation a student stays eligible (default 2) */
    int eligibilityYears();

    /** Sets the eligibility rule (0–10 years after graduation). */
    void setEligibilityYears(int years);
}
