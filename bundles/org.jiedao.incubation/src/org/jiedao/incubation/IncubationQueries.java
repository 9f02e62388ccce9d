package org.jiedao.incubation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jiedao.incubation.Records.Coverage;
import org.jiedao.incubation.Records.Totals;

/** Figures of 创业驿站 (an OSGi service): coverage against the plan, yearly totals, consultations per month. */
public interface IncubationQueries {

    /**
     * @param street a street's code or name; null: every street in the user's scope
     * @param on     the day (stations open on it count)
     */
    List<Coverage> coverage(String street, LocalDate on);

    /** Sets a street's plan: a station in every community by the deadline (null: start + the default 2 years). */
    void setPlan(String street, LocalDate start, LocalDate deadline);

    /** @param street a street's (or a community's) code or name; null: the user's scope @return the year's totals */
    Totals totals(int year, String street);

    /** @return jobs and turnover per year within the user's scope: year → {jobs, turnover} */
    Map<Integer, Totals> byYear();

    /** @return consultations per month in the year, within the user's scope */
    Map<YearMonth, Integer> consultationsPerMonth(int year);

    /** @return desks in use on the day / reserved, over every incubator in the user's scope: {used, reserved} */
    int[] desksInUse(LocalDate on);

    /**
     * @return the last year with figures in the user's scope (the dashboard's year), this year when there are none
     * @since 1.1
     */
    int reportYear();

    /**
     * @return the graduates of the SIYB cohorts that ended in the year, within the user's scope
     * @since 1.1
     */
    int siybGraduates(int year);
}
