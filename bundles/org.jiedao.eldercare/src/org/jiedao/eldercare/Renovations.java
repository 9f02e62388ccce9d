package org.jiedao.eldercare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Elder-friendly renovation 适老化改造 (an OSGi service): apply → assess (catalogue items) → approve
 * (items and the subsidy under the year's policy) → install → accept, or reject with a reason before
 * installation. Each step is kept in the application's history. Deadlines: the assessment within
 * {@link #ASSESSMENT_DAYS} days of the application, the installation within {@link #INSTALLATION_DAYS}
 * days of the approval.
 */
public interface Renovations {

    /** The default assessment deadline; the one in force is {@link EldercareSettings.Rules#assessmentDays()} (since 1.2). */
    int ASSESSMENT_DAYS = 15;
    /** The default installation deadline; the one in force is {@link EldercareSettings.Rules#installationDays()} (since 1.2). */
    int INSTALLATION_DAYS = 30;
    /** The category key of a policy rule for elders of every category without a rule of its own. */
    String OTHERS = "*";

    /** A catalogue item: {@code code}, a name and a unit price in yuan (2 decimals). */
    record CatalogueItem(String code, String name, BigDecimal unitPrice) {
    }

    /**
     * A rule of a year's subsidy policy: for elders of {@code category} ({@link #OTHERS}: the rest),
     * {@code ratePercent} of the approved amount up to {@code cap} yuan per household.
     */
    record SubsidyRule(int year, String category, BigDecimal ratePercent, BigDecimal cap) {
    }

    /** @return the new application's id */
    long apply(long elderId, LocalDate on, String note);

    /** Home assessment: the items needed, catalogue code → quantity. */
    Renovation assess(long id, LocalDate on, Map<String, Integer> items);

    /**
     * Approves items (null: every assessed item) with a subsidy (null: the most the policy of the
     * application's year allows).
     *
     * @throws EldercareException when the year has no policy, or the subsidy is above what the
     *                            policy allows (rate and cap)
     */
    Renovation approve(long id, LocalDate on, Set<String> itemCodes, BigDecimal subsidy);

    Renovation install(long id, LocalDate on);

    Renovation accept(long id, LocalDate on);

    /** @throws EldercareException without a reason, or once installed */
    Renovation reject(long id, LocalDate on, String reason);

    Optional<Renovation> find(long id, LocalDate today);

    /** @param status null: all; @param overdueOnly only those past a deadline on {@code today} */
    List<Renovation> list(RenovationStatus status, boolean overdueOnly, LocalDate today);

    /** The most a policy allows for an amount: amount × rate, at most the cap, 2 decimals half up. */
    BigDecimal subsidyFor(long elderId, int year, BigDecimal amount);

    void setCatalogueItem(String code, String name, BigDecimal unitPrice);

    List<CatalogueItem> catalogue();

    void setSubsidyRule(int year, String category, BigDecimal ratePercent, BigDecimal cap);

    List<SubsidyRule> policy(int year);
}
