package org.jiedao.petitions.internal.contrib;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.petitions.PetitionKind;
import org.jiedao.petitions.PetitionQuery;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.PetitionStatus;
import org.jiedao.petitions.internal.Messages;

/** The module's dashboard widgets (each reads through the persistence service, so the user's scope applies). */
public final class Widgets {

    private Widgets() {
    }

    /** 待办来信（按状态）: petitions not closed yet, by status (from the counts kept per community and status). */
    public static final class OpenByStatus implements DashboardWidgetProvider {
        private final PetitionService petitions;

        @Inject
        public OpenByStatus(PetitionService petitions) {
            this.petitions = petitions;
        }

        @Override
        public WidgetData load(WidgetContext context) {
            Map<PetitionStatus, Long> counts = petitions.countsByStatus();
            List<PetitionStatus> open = List.of(PetitionStatus.REGISTERED, PetitionStatus.ASSIGNED, PetitionStatus.IN_PROGRESS,
                    PetitionStatus.REPLIED);
            return WidgetData.Chart.of(WidgetData.Chart.Kind.BAR, Messages.Widget_petitions,
                    open.stream().map(s -> s.displayName(context.locale())).toList(), open.stream().map(s -> counts.getOrDefault(s, 0L)).toList());
        }
    }

    /** 超期来信: overdue petitions (alert when any), with those due soon. */
    public static final class Overdue implements DashboardWidgetProvider {
        private final PetitionService petitions;

        @Inject
        public Overdue(PetitionService petitions) {
            this.petitions = petitions;
        }

        @Override
        public WidgetData load(WidgetContext context) {
            long overdue = petitions.count(new PetitionQuery(null, null, null, null, true, null, 0, 0));
            long soon = petitions.countDueSoon();
            return new WidgetData.Figure(String.format("%,d", overdue), Messages.Widget_unit, NLS.bind(Messages.Widget_dueSoon, soon), overdue > 0);
        }
    }

    /** 每周收件（按类型）: petitions received in each of the last eight weeks, by kind. */
    public static final class WeeklyIntake implements DashboardWidgetProvider {
        private final PersistenceService persistence;

        @Inject
        public WeeklyIntake(PersistenceService persistence) {
            this.persistence = persistence;
        }

        @Override
        public WidgetData load(WidgetContext context) {
            LocalDate first = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(7);
            Map<PetitionKind, long[]> counts = new EnumMap<>(PetitionKind.class);
            for (PetitionKind kind : PetitionKind.values()) {
                counts.put(kind, new long[8]);
            }
            persistence.read(em -> em.createQuery("select p.receivedOn, p.kind, count(p) from Petition p where p.receivedOn >= :from"
                    + " group by p.receivedOn, p.kind", Object[].class).setParameter("from", first)
                    .setHint("eclipselink.jdbc.bind-parameters", "false") // the day as a literal: the database sees the range is small
                    .getResultList()).forEach(r -> {
                        int week = (int) (java.time.temporal.ChronoUnit.DAYS.between(first, (LocalDate) r[0]) / 7);
                        if (week >= 0 && week < 8) {
                            counts.get((PetitionKind) r[1])[week] += ((Number) r[2]).longValue();
                        }
                    });
            List<String> weeks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                LocalDate monday = first.plusWeeks(i);
                weeks.add(monday.getMonthValue() + "/" + monday.getDayOfMonth());
            }
            List<WidgetData.Series> series = new ArrayList<>();
            for (PetitionKind kind : PetitionKind.values()) {
                List<Long> values = new ArrayList<>();
                for (long v : counts.get(kind)) {
                    values.add(v);
                }
                series.add(new WidgetData.Series(kind.displayName(context.locale()), values));
            }
            return new WidgetData.Chart(WidgetData.Chart.Kind.BAR, weeks, series);
        }
    }

    /** 满意度: the average satisfaction of closed petitions (from the counts kept per community and status). */
    public static final class Satisfaction implements DashboardWidgetProvider {
        private final PetitionService petitions;

        @Inject
        public Satisfaction(PetitionService petitions) {
            this.petitions = petitions;
        }

        @Override
        public WidgetData load(WidgetContext context) {
            PetitionService.Satisfaction marks = petitions.satisfaction();
            long n = marks.marks();
            String value = n == 0 ? "—" : String.format("%.1f", marks.average());
            return new WidgetData.Figure(value, "/ 5", NLS.bind(Messages.Widget_closedCount, n), n > 0 && marks.average() < 3);
        }
    }

    /** 本周未开启的邮筒: the communities whose mailbox was not opened this week, with the last opening. */
    public static final class MailboxesNotOpened implements DashboardWidgetProvider {
        private final PetitionService petitions;
        private final PersistenceService persistence;

        @Inject
        public MailboxesNotOpened(PetitionService petitions, PersistenceService persistence) {
            this.petitions = petitions;
            this.persistence = persistence;
        }

        @Override
        public WidgetData load(WidgetContext context) {
            Map<String, String> notOpened = petitions.mailboxesNotOpened(LocalDate.now());
            Map<String, LocalDate> last = new HashMap<>();
            persistence.read(em -> em.createQuery("select o.unitCode, max(o.openedOn) from MailboxOpening o group by o.unitCode", Object[].class)
                    .getResultList()).forEach(r -> last.put((String) r[0], (LocalDate) r[1]));
            List<List<String>> rows = new ArrayList<>();
            notOpened.forEach((code, name) -> rows.add(List.of(name, last.containsKey(code) ? last.get(code).toString() : Messages.Widget_never)));
            return new WidgetData.Table(List.of(Messages.Col_community, Messages.Widget_lastOpened), rows);
        }
    }
}
