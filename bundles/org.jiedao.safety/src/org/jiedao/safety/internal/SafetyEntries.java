package org.jiedao.safety.internal;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.safety.SafetyException;

/** Writing an entry in the caller's transaction, with its checks: shared by the service, the import and the demo data. */
public final class SafetyEntries {

    static final int TITLE_LENGTH = 100;
    static final int NOTE_LENGTH = 500;

    private SafetyEntries() {
    }

    /** @return the new entry (its id is set at the flush) */
    public static SafetyEntryEntity create(EntityManager em, LocalDate day, String title, String note, OrgUnit unit) {
        if (day == null) {
            throw new SafetyException(NLS.bind(Messages.Refused_required, Messages.Field_day));
        }
        if (day.isAfter(LocalDate.now())) {
            throw new SafetyException(NLS.bind(Messages.Refused_future, day));
        }
        if (title == null || title.isBlank()) {
            throw new SafetyException(NLS.bind(Messages.Refused_required, Messages.Field_title));
        }
        String t = title.strip();
        if (t.length() > TITLE_LENGTH) {
            throw new SafetyException(NLS.bind(Messages.Refused_tooLong, new Object[] { Messages.Field_title, TITLE_LENGTH, t.length() }));
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n != null && n.length() > NOTE_LENGTH) {
            throw new SafetyException(NLS.bind(Messages.Refused_tooLong, new Object[] { Messages.Field_note, NOTE_LENGTH, n.length() }));
        }
        SafetyEntryEntity entry = new SafetyEntryEntity(day, t, n);
        entry.setUnit(unit);
        em.persist(entry);
        return entry;
    }
}
