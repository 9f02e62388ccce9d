package org.jiedao.eldercare.internal.contrib;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
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

/** {@code eldercare-pairs}: mutual-aid pairs under the pair rules (ages, community, at most 2 each; the rows before counted). */
public final class PairsFormat implements ImportableFormat, ExportableFormat {

    static final Column<String> YOUNGER = Column.text("younger_id_number", "低龄老人身份证号码", 18).required();
    static final Column<String> OLDER = Column.text("older_id_number", "高龄老人身份证号码", 18).required();
    static final Column<LocalDate> SINCE = Column.date("since", "结对日期").required();

    @Inject
    private PersistenceService persistence;
    @Inject
    private SecurityService security;
    @Inject
    private PersonalDataLog log;
    @Inject
    private org.jiedao.eldercare.EldercareSettings settings;

    @Override
    public List<Column<?>> columns() {
        return List.of(YOUNGER, OLDER, SINCE);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        Lookups lookups = new Lookups(persistence);
        Map<Long, Integer> youngerRows = new HashMap<>();
        Map<Long, Integer> olderRows = new HashMap<>();
        int maxPerYounger = settings.rules().maxPerYounger();
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                ElderRow younger = lookups.elder(record, YOUNGER, problems);
                ElderRow older = lookups.elder(record, OLDER, problems);
                LocalDate since = record.get(SINCE);
                if (younger == null || older == null || since == null) {
                    return;
                }
                String refusal = persistence.read(em -> {
                    try {
                        Pairs.check(em, younger, older, since);
                        return null;
                    } catch (RuntimeException e) {
                        return e.getMessage();
                    }
                });
                if (refusal != null) {
                    problems.reject(OLDER, refusal);
                    return;
                }
                Integer before = olderRows.putIfAbsent(older.getId(), record.row());
                if (before != null) {
                    problems.reject(OLDER, NLS.bind(Messages.Import_olderTwice, new Object[] { record.get(OLDER), before, record.row() }));
                    return;
                }
                long running = persistence.read(em -> Pairs.running(em, younger.getId()));
                int inFile = youngerRows.merge(younger.getId(), 1, Integer::sum);
                if (running + inFile > maxPerYounger) {
                    problems.reject(YOUNGER, NLS.bind(Messages.Import_youngerFull, record.get(YOUNGER), maxPerYounger));
                }
            }

            @Override
            public Optional<OrgUnit> unit(Record record) {
                return Optional.ofNullable(persistence.read(em -> Lookups.elder(em, record, OLDER))).map(EldercareSupport::sameUnit);
            }

            @Override
            public void write(Record record, EntityManager em) {
                Pairs.pair(em, Lookups.elder(em, record, YOUNGER), Lookups.elder(em, record, OLDER), record.get(SINCE));
                em.flush();
            }
        };
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        List<Object[]> rows = persistence.read(em -> em.createQuery("select p.youngerId, p.olderId, p.since from EldercarePair p"
                + " where p.endedOn is null order by p.id", Object[].class).getResultList());
        Map<Long, String> numbers = ElderNumbers.shown(persistence, security, log, "pair",
                rows.stream().flatMap(r -> java.util.stream.Stream.of((Long) r[0], (Long) r[1])).distinct().toList());
        for (Object[] r : rows) {
            sink.write(numbers.get((Long) r[0]), numbers.get((Long) r[1]), r[2]);
        }
    }
}
