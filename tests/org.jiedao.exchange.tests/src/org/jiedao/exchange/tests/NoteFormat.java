package org.jiedao.exchange.tests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiedao.core.org.OrgUnitService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RowProblems;
import org.jiedao.testing.Services;

/**
 * A format whose rows belong with a stored record (as a booking belongs with its elder): the row names the record by
 * its title, and the session hands the platform that record ({@link ImportSession#owner}); the format's import
 * permission must hold in the record's unit. The test's records stand for a register every user may read (a
 * catalogue): the session finds them by title without the user's scope, so a row may name one of another street.
 */
public final class NoteFormat implements ImportableFormat {

    static final Column<String> RECORD = Column.text("record", "记录", 200).required();
    static final Column<String> NOTE = Column.text("note", "备注", 200).required();

    /** The register: title → unit code (filled by the test). */
    static final Map<String, String> REGISTER = new HashMap<>();

    @Override
    public List<Column<?>> columns() {
        return List.of(RECORD, NOTE);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        OrgUnitService units = Services.await(OrgUnitService.class);
        Map<String, SampleRecord> found = new HashMap<>();
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                String unit = REGISTER.get(record.get(RECORD));
                if (unit == null) {
                    problems.reject(RECORD, "no record " + record.get(RECORD));
                    return;
                }
                SampleRecord owner = new SampleRecord(record.get(RECORD), null, null, null, null);
                owner.setUnit(units.find(unit).orElseThrow());
                found.put(record.get(RECORD), owner);
            }

            @Override
            public Optional<SampleRecord> owner(Record record) {
                return Optional.ofNullable(found.get(record.get(RECORD)));
            }

            @Override
            public void write(Record record, jakarta.persistence.EntityManager em) {
                SampleRecord note = new SampleRecord(record.get(NOTE), null, null, null, null);
                note.setUnitOf(found.get(record.get(RECORD)));
                em.persist(note);
            }
        };
    }
}
