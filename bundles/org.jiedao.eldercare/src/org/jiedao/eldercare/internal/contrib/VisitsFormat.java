package org.jiedao.eldercare.internal.contrib;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.internal.ElderRow;
import org.jiedao.eldercare.internal.EldercareSupport;
import org.jiedao.eldercare.internal.Pairs;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;

/** {@code eldercare-visits}: visits of mutual-aid pairs (the pair must run on the date). */
public final class VisitsFormat implements ImportableFormat, ExportableFormat {

    static final Column<String> YOUNGER = Column.text("younger_id_number", "低龄老人身份证号码", 18).required();
    static final Column<String> OLDER = Column.text("older_id_number", "高龄老人身份证号码", 18).required();
    static final Column<LocalDate> DATE = Column.date("date", "日期").required();
    static final Column<String> NOTE = Column.text("note", "备注", 500);

    @Inject
    private PersistenceService persistence;
    @Inject
    private SecurityService security;
    @Inject
    private PersonalDataLog log;

    @Override
    public List<Column<?>> columns() {
        return List.of(YOUNGER, OLDER, DATE, NOTE);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        Lookups lookups = new Lookups(persistence);
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                ElderRow younger = lookups.elder(record, YOUNGER, problems);
                ElderRow older = lookups.elder(record, OLDER, problems);
                if (younger == null || older == null || record.get(DATE) == null) {
                    return;
                }
                String refusal = persistence.read(em -> {
                    try {
                        Pairs.runningPair(em, younger.getId(), older.getId(), record.get(DATE));
                        return null;
                    } catch (RuntimeException e) {
                        return e.getMessage();
                    }
                });
                if (refusal != null) {
                    problems.reject(DATE, refusal);
                }
            }

            @Override
            public Optional<OrgUnit> unit(Record record) {
                return Optional.ofNullable(persistence.read(em -> Lookups.elder(em, record, OLDER))).map(EldercareSupport::sameUnit);
            }

            @Override
            public void write(Record record, EntityManager em) {
                Pairs.visit(em, Lookups.elder(em, record, YOUNGER).getId(), Lookups.elder(em, record, OLDER).getId(), record.get(DATE),
                        record.get(NOTE));
            }
        };
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        List<Object[]> rows = persistence.read(em -> em.createQuery("select p.youngerId, v.olderId, v.day, v.note from EldercareVisit v,"
                + " EldercarePair p where p.id = v.pairId order by v.day, v.id", Object[].class).getResultList());
        Map<Long, String> numbers = ElderNumbers.shown(persistence, security, log, "visit",
                rows.stream().flatMap(r -> java.util.stream.Stream.of((Long) r[0], (Long) r[1])).distinct().toList());
        for (Object[] r : rows) {
            sink.write(numbers.get((Long) r[0]), numbers.get((Long) r[1]), r[2], r[3]);
        }
    }
}
