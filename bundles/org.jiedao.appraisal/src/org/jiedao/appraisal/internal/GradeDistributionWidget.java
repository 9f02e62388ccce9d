package org.jiedao.appraisal.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.appraisal.AppraisalService;
import org.jiedao.appraisal.AppraisalService.GroupGrades;
import org.jiedao.appraisal.Grade;
import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;

/**
 * 等次分布 / Grade distribution: how many cadres got A, B, C and D in the latest year that has
 * grades (graded from scores or published) in the user's default distribution groups, with the
 * quotas of the forced distribution as a second series.
 */
public final class GradeDistributionWidget implements DashboardWidgetProvider {

    private final AppraisalService appraisal;

    @Inject
    public GradeDistributionWidget(AppraisalService appraisal) {
        this.appraisal = appraisal;
    }

    /** The counts and quotas of one year, summed over the user's default groups. */
    public record Distribution(int year, boolean published, Map<Grade, Integer> counts, Map<Grade, Integer> quotas) {
    }

    /** @return the distribution of the newest year with graded cadres, or null when there is none */
    public static Distribution latest(AppraisalService appraisal) {
        for (int year : appraisal.years()) {
            List<GroupGrades> groups = appraisal.grade(year, null);
            if (groups.stream().mapToInt(g -> g.result().graded()).sum() == 0) {
                continue;
            }
            Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
            Map<Grade, Integer> quotas = new EnumMap<>(Grade.class);
            boolean published = true;
            for (GroupGrades group : groups) {
                published &= group.published();
                group.result().distribution().forEach((g, n) -> counts.merge(g, n, Integer::sum));
                for (Grade g : Grade.values()) {
                    quotas.merge(g, group.result().quotas().getOrDefault(g, 0), Integer::sum);
                }
            }
            return new Distribution(year, published, counts, quotas);
        }
        return null;
    }

    @Override
    public WidgetData load(WidgetContext context) {
        Messages m = Messages.get(context.locale());
        Distribution d = latest(appraisal);
        if (d == null) {
            return new WidgetData.Figure("0", m.Widget_cadres, m.Widget_noYear, false);
        }
        List<String> categories = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Integer> quotas = new ArrayList<>();
        for (Grade g : Grade.values()) {
            categories.add(g.key());
            counts.add(d.counts().getOrDefault(g, 0));
            quotas.add(d.quotas().getOrDefault(g, 0));
        }
        String name = NLS.bind(d.published() ? m.Widget_seriesPublished : m.Widget_series, d.year());
        return new WidgetData.Chart(WidgetData.Chart.Kind.BAR, categories,
                List.of(new WidgetData.Series(name, counts), new WidgetData.Series(m.Widget_quotas, quotas)));
    }
}
