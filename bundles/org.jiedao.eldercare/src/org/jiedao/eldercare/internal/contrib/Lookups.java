package org.jiedao.eldercare.internal.contrib;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.ResidentIdNumber;
import org.jiedao.eldercare.internal.ElderRow;
import org.jiedao.eldercare.internal.EldercareSupport;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RowProblems;

/** What the import sessions share: ID numbers checked into a column's refusal, elders found by number. */
final class Lookups {

    private final PersistenceService persistence;
    private final Map<String, ElderRow> elders = new HashMap<>();

    Lookups(PersistenceService persistence) {
        this.persistence = persistence;
    }

    /** @return the 18-character number of the column, or null with the refusal recorded */
    static String number(Record record, Column<String> column, RowProblems problems) {
        String text = record.get(column);
        if (text == null) {
            return null;
        }
        try {
            return ResidentIdNumber.parse(text, LocalDate.now()).number();
        } catch (EldercareException e) {
            problems.reject(column, e.getMessage());
            return null;
        }
    }

    /** @return the registered elder with the column's number the user may see, or null with the refusal recorded */
    ElderRow elder(Record record, Column<String> column, RowProblems problems) {
        String number = number(record, column, problems);
        if (number == null) {
            return null;
        }
        ElderRow e = elders.computeIfAbsent(number, n -> persistence.read(em -> EldercareSupport.elderByNumber(em, n)));
        if (e == null) {
            problems.reject(column, NLS.bind(Messages.Import_unknownElder, number));
        }
        return e;
    }

    /** The elder of a valid row, in the writing transaction. */
    static ElderRow elder(EntityManager em, Record record, Column<String> column) {
        ElderRow e = EldercareSupport.elderByNumber(em, ResidentIdNumber.parse(record.get(column), LocalDate.now()).number());
        if (e == null) {
            throw new EldercareException(NLS.bind(Messages.Import_unknownElder, record.get(column)));
        }
        return e;
    }
}
