package org.jiedao.safety.internal.contrib;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportFilter;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.safety.internal.Messages;
import org.jiedao.safety.internal.SafetyEntries;
import org.jiedao.safety.internal.SafetyEntryEntity;

/** The {@code safety} format: entries as officers keep them in sheets, one row each. */
public final class SafetyFormat implements ImportableFormat, ExportableFormat {

    static final Column<LocalDate> DAY = Column.date("day", "日期").required();
    static final Column<String> TITLE = Column.text("title", "标题", 100).required();
    static final Column<OrgUnit> COMMUNITY = Column.orgUnit("community", "社区").required();
    static final Column<String> NOTE = Column.text("note", "备注", 500);

    // created by the platform's Contributions factory: services come by injection
    @Inject
    private OrgUnitService units;
    @Inject
    private PersistenceService persistence;

    @Override
    public List<Column<?>> columns() {
        return List.of(DAY, TITLE, COMMUNITY, NOTE);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                LocalDate day = record.get(DAY);
                if (day != null && day.isAfter(LocalDate.now())) {
                    problems.reject(DAY, NLS.bind(Messages.Refused_future, day));
                }
            }

            @Override
            public void write(Record record, EntityManager em) {
                SafetyEntries.create(em, record.get(DAY), record.get(TITLE), record.get(NOTE), record.get(COMMUNITY));
            }
        };
    }

    @Override
    public List<ExportFilter> filters() {
        return List.of();
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        Map<String, String> names = new HashMap<>();
        units.list().forEach(u -> names.put(u.code(), u.name()));
        persistence.read(em -> {
            em.createQuery("select e from SafetyEntry e order by e.day, e.id", SafetyEntryEntity.class).getResultStream()
                    .forEach(e -> sink.write(e.getDay(), e.getTitle(), names.getOrDefault(e.getUnitCode(), e.getUnitCode()), e.getNote()));
            return null;
        });
    }
}
