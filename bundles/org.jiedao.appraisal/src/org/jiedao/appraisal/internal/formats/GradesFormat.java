package org.jiedao.appraisal.internal.formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import jakarta.inject.Inject;

import org.jiedao.appraisal.AppraisalService;
import org.jiedao.appraisal.AppraisalService.Cadre;
import org.jiedao.appraisal.AppraisalService.GroupGrades;
import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.internal.Messages;
import org.jiedao.appraisal.rules.Explanation;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportFilter;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.RecordSink;

/**
 * {@code appraisal-grades} (export): a year's grades as {@code jiedao-cli appraisal grade} computes
 * them (or as published), by rank; cadres without a quarterly score come last with no score, rank,
 * grade or bonus factor. Filters: {@code --year} (default: the newest year with data), {@code --unit}.
 */
public final class GradesFormat implements ExportableFormat {

    static final Column<Long> YEAR = Column.integer("year", "年度", 2000, 2100);
    static final Column<String> CADRE = Column.text("cadre_id", "干部编号", 32);
    static final Column<String> NAME = Column.text("name", "姓名", 100);
    static final Column<BigDecimal> SCORE = Column.decimal("annual_score", "年度得分", 2, BigDecimal.ZERO, new BigDecimal("1000"));
    static final Column<Long> RANK = Column.integer("rank", "名次", 1, Integer.MAX_VALUE);
    static final Column<Grade> GRADE = Column.choice("grade", "等次", Grade.class);
    static final Column<Long> D_YEARS = Column.integer("d_years", "累计D等年数", 0, 1000);
    static final Column<BigDecimal> BONUS = Column.decimal("bonus_factor", "绩效奖金系数", 2, BigDecimal.ZERO, BigDecimal.ONE);

    @Inject
    private AppraisalService service;

    @Override
    public List<Column<?>> columns() {
        return List.of(YEAR, CADRE, NAME, SCORE, RANK, GRADE, D_YEARS, BONUS);
    }

    @Override
    public List<ExportFilter> filters() {
        return List.of(new ExportFilter("year", Messages.get().Filter_year), new ExportFilter("unit", Messages.get().Filter_unit));
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        int year;
        if (context.filter("year").isPresent()) {
            try {
                year = Integer.parseInt(context.filter("year").get().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(Messages.get(context.locale()).Filter_badYear + context.filter("year").get(), e);
            }
        } else {
            List<Integer> years = service.years();
            if (years.isEmpty()) {
                return;
            }
            year = years.get(0);
        }
        String unit = null;
        if (context.filter("unit").isPresent()) {
            try {
                unit = context.orgUnit(context.filter("unit").get()).code();
            } catch (org.jiedao.exchange.InvalidValueException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        for (GroupGrades group : service.grade(year, unit)) {
            for (Explanation e : group.result().explanations()) {
                Cadre cadre = group.cadres().get(e.cadreId());
                sink.write((long) year, e.cadreId(), cadre.name(), e.annualScore().orElse(null),
                        e.rank().map(Integer::longValue).orElse(null), e.grade().orElse(null), (long) e.dYears(),
                        e.bonusFactor().map(f -> f.setScale(2, RoundingMode.HALF_UP)).orElse(null));
            }
        }
    }
}
