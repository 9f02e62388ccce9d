package org.jiedao.eldercare.internal.contrib;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.eldercare.AgeingStats;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportFilter;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.RecordSink;

/** {@code eldercare-stats} (export): the ageing statistics of each community, share_60 a percentage with 1 decimal. */
public final class StatsFormat implements ExportableFormat {

    static final Column<Long> YEAR = Column.integer("year", "年份", 1900, 2200);
    static final Column<String> COMMUNITY = Column.text("community", "社区", 100);
    static final Column<Long> POPULATION = Column.integer("population", "人口", 0, Long.MAX_VALUE);
    static final Column<Long> AGED_60 = Column.integer("aged_60", "60岁以上", 0, Long.MAX_VALUE);
    static final Column<Long> AGED_80 = Column.integer("aged_80", "80岁以上", 0, Long.MAX_VALUE);
    static final Column<BigDecimal> SHARE_60 = Column.decimal("share_60", "60岁以上占比(%)", 1, BigDecimal.ZERO, new BigDecimal("1000"));
    static final Column<Long> LIVING_ALONE = Column.integer("living_alone", "独居", 0, Long.MAX_VALUE);

    @Inject
    private ElderRegistry registry;

    @Override
    public List<Column<?>> columns() {
        return List.of(YEAR, COMMUNITY, POPULATION, AGED_60, AGED_80, SHARE_60, LIVING_ALONE);
    }

    @Override
    public List<ExportFilter> filters() {
        return List.of(new ExportFilter("community", Messages.Export_filterCommunity), new ExportFilter("year", Messages.Export_filterYear),
                new ExportFilter("on", Messages.Export_filterOn));
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        LocalDate on;
        int year;
        try {
            on = context.filter("on").map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Export_bad, context.filter("on").get(), "on"), e);
        }
        try {
            year = context.filter("year").map(y -> Integer.parseInt(y.strip())).orElse(on == null ? LocalDate.now().getYear() : on.getYear());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Export_bad, context.filter("year").get(), "year"), e);
        }
        if (on == null) {
            on = referenceDay(year);
        }
        for (AgeingStats s : registry.stats(context.filter("community").orElse(null), year, on)) {
            sink.write((long) s.year(), s.communityName(), s.population() == null ? null : (long) s.population(), s.aged60(), s.aged80(), s.share60(),
                    s.livingAlone());
        }
    }

    /** Today for this year (or a later one), 31 December for an earlier year. */
    public static LocalDate referenceDay(int year) {
        LocalDate today = LocalDate.now();
        return year >= today.getYear() ? today : LocalDate.of(year, 12, 31);
    }
}
