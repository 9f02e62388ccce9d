package org.jiedao.exchange.tests;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportFilter;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.InvalidFilterException;
import org.jiedao.exchange.InvalidValueException;
import org.jiedao.exchange.RecordSink;
import org.jiedao.testing.Services;

/** The test module's format: what a domain module writes, in a few lines. */
public final class SampleFormat implements ImportableFormat, ExportableFormat {

    static final Column<String> TITLE = Column.text("title", "标题", 200).required();
    static final Column<OrgUnit> COMMUNITY = Column.orgUnit("community", "社区").required();
    static final Column<java.time.LocalDate> RECEIVED_ON = Column.date("received_on", "收到日期");
    static final Column<BigDecimal> AMOUNT = Column.decimal("amount", "金额", 2, new BigDecimal("-100000"), new BigDecimal("100000"));
    static final Column<Long> VISITS = Column.integer("visits", "走访次数", -1000, 1000); // negative: numbers like -5 stay numbers
    static final Column<SampleKind> KIND = Column.choice("kind", "类型", SampleKind.class);

    @Override
    public List<Column<?>> columns() {
        return List.of(TITLE, COMMUNITY, RECEIVED_ON, AMOUNT, VISITS, KIND);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        Set<String> titles = new HashSet<>();
        return new ImportSession() {
            @Override
            public void validate(org.jiedao.exchange.Record record, org.jiedao.exchange.RowProblems problems) {
                if (record.get(TITLE).startsWith("重复") && !titles.add(record.get(TITLE))) {
                    problems.reject(TITLE, "duplicate title " + record.get(TITLE));
                }
            }

            @Override
            public void write(org.jiedao.exchange.Record record, jakarta.persistence.EntityManager em) {
                Long visits = record.get(VISITS);
                SampleRecord sample = new SampleRecord(record.get(TITLE), record.get(RECEIVED_ON), record.get(AMOUNT),
                        visits == null ? null : visits.intValue(), record.get(KIND));
                sample.setUnit(record.get(COMMUNITY));
                em.persist(sample);
            }
        };
    }

    @Override
    public List<ExportFilter> filters() {
        return List.of(new ExportFilter("community", "only this community"));
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        String unit;
        try {
            unit = context.filter("community").isPresent() ? context.orgUnit(context.filter("community").get()).code() : null;
        } catch (InvalidValueException e) {
            throw new InvalidFilterException("community", e.getMessage());
        }
        Services.await(PersistenceService.class).read(em -> {
            var query = em.createQuery("select s from SampleRecord s " + (unit == null ? "" : "where s.unitCode = :unit ")
                    + "order by s.id", SampleRecord.class);
            if (unit != null) {
                query.setParameter("unit", unit);
            }
            query.getResultStream().forEach(s -> sink.write(s.getTitle(),
                            s.getUnitCode(), s.getReceivedOn(), s.getAmount(), s.getVisits() == null ? null : s.getVisits().longValue(),
                            s.getKind()));
            return null;
        });
    }
}
