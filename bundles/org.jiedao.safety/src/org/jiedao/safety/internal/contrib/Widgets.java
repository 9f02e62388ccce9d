package org.jiedao.safety.internal.contrib;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.safety.Contest;
import org.jiedao.safety.OrderStatus;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.SafetyEvents;
import org.jiedao.safety.TeamStanding;
import org.jiedao.safety.internal.Counts;
import org.jiedao.safety.internal.Messages;

/** The module's dashboard cards; every figure is a query in the user's scope (the platform scopes it). */
public final class Widgets {

    private Widgets() {
    }

    /** Open rectification orders past their deadline. */
    public static final class Overdue implements DashboardWidgetProvider {
        @Inject
        private PersistenceService persistence;

        @Override
        public WidgetData load(WidgetContext context) {
            LocalDate today = LocalDate.now();
            Object[] r = persistence.read(em -> em.createQuery("select count(o), sum(case when o.deadline < :today then 1 else 0 end)"
                    + " from SafetyOrder o where o.status = :open", Object[].class).setParameter("today", today)
                    .setParameter("open", OrderStatus.OPEN.key()).getSingleResult());
            long open = ((Number) r[0]).longValue();
            long overdue = r[1] == null ? 0 : ((Number) r[1]).longValue();
            return new WidgetData.Figure(String.format("%,d", overdue), Messages.Widget_orders, NLS.bind(Messages.Widget_openOrders, open), overdue > 0);
        }
    }

    /** Open hazards (open orders) by premises category. */
    public static final class OpenByCategory implements DashboardWidgetProvider {
        @Inject
        private PersistenceService persistence;

        @Override
        public WidgetData load(WidgetContext context) {
            Map<String, Long> counts = new HashMap<>();
            // the kept counts (a row per leaf unit, month and category), added up in the user's scope
            persistence.read(em -> em.createQuery("select c.category, sum(c.openOrders) from SafetyCount c where c.openOrders <> 0 group by c.category",
                    Object[].class).getResultList()).forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
            List<String> categories = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            for (PremisesCategory c : PremisesCategory.values()) {
                categories.add(c.displayName(context.locale()));
                values.add(counts.getOrDefault(c.key(), 0L));
            }
            return WidgetData.Chart.of(WidgetData.Chart.Kind.BAR, Messages.Widget_openHazards, categories, values);
        }
    }

    /** Open hazards by community (a grid's count under its community). */
    public static final class OpenByCommunity implements DashboardWidgetProvider {
        @Inject
        private PersistenceService persistence;
        @Inject
        private OrgUnitService units;

        @Override
        public WidgetData load(WidgetContext context) {
            Map<String, OrgUnit> byCode = new HashMap<>();
            units.list().forEach(u -> byCode.put(u.code(), u));
            Map<String, Long> counts = new LinkedHashMap<>();
            persistence.read(em -> em.createQuery("select c.unitCode, sum(c.openOrders) from SafetyCount c where c.openOrders <> 0 group by c.unitCode",
                    Object[].class).getResultList()).forEach(r -> {
                        OrgUnit u = byCode.get((String) r[0]);
                        if (u != null && u.level() == OrgLevel.GRID) {
                            u = byCode.getOrDefault(u.parentCode().orElse(""), u);
                        }
                        counts.merge(u == null ? (String) r[0] : u.name(), ((Number) r[1]).longValue(), Long::sum);
                    });
            List<String> names = new ArrayList<>(counts.keySet());
            names.sort(java.text.Collator.getInstance(java.util.Locale.CHINA));
            return WidgetData.Chart.of(WidgetData.Chart.Kind.BAR, Messages.Widget_openHazards, names, names.stream().map(counts::get).toList());
        }
    }

    /** Inspections per month, the last six months (re-inspections included). */
    public static final class InspectionsPerMonth implements DashboardWidgetProvider {
        @Inject
        private PersistenceService persistence;

        @Override
        public WidgetData load(WidgetContext context) {
            YearMonth now = YearMonth.now();
            LocalDate from = now.minusMonths(5).atDay(1);
            Map<YearMonth, Long> counts = new HashMap<>();
            // the kept counts by month (a row per leaf unit, month and category), added up in the user's scope
            persistence.read(em -> em.createQuery("select c.month, sum(c.inspections) from SafetyCount c where c.month >= :from"
                    + " group by c.month", Object[].class).setParameter("from", Counts.month(from)).getResultList())
                    .forEach(r -> counts.merge(YearMonth.of(((Number) r[0]).intValue() / 100, ((Number) r[0]).intValue() % 100),
                            ((Number) r[1]).longValue(), Long::sum));
            List<String> months = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            for (int i = 5; i >= 0; i--) {
                YearMonth m = now.minusMonths(i);
                months.add(m.toString());
                values.add(counts.getOrDefault(m, 0L));
            }
            return WidgetData.Chart.of(WidgetData.Chart.Kind.BAR, Messages.Widget_inspections, months, values);
        }
    }

    /** The ranking of the latest contest, re-scored from its answers. */
    public static final class LastContest implements DashboardWidgetProvider {
        @Inject
        private SafetyEvents events;

        @Override
        public WidgetData load(WidgetContext context) {
            List<Contest> contests = events.contests();
            List<List<String>> rows = new ArrayList<>();
            if (!contests.isEmpty()) {
                Contest c = contests.get(0);
                for (TeamStanding s : events.ranking(c.code())) {
                    rows.add(List.of(Integer.toString(s.rank()), s.team(), Integer.toString(s.total()), Integer.toString(s.wrongRisk()),
                            Long.toString(s.seconds())));
                }
            }
            return new WidgetData.Table(List.of(Messages.Col_rank, Messages.Col_team, Messages.Col_total, Messages.Col_wrongRisk, Messages.Col_seconds),
                    rows);
        }
    }
}
