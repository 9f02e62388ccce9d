package org.jiedao.core.privacy;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The log of every read of unmasked personal data (an OSGi service). A module calls
 * {@link #recordRead} whenever it gives a user personal data in clear: a record opened by someone
 * who may see it, an export or printout with the data, a search that matched on it. Each read is a
 * row in the platform's database, so it is in the tamper-evident audit trail with the user and the
 * time; a read inside a running transaction joins it (a failed export leaves no read behind).
 */
public interface PersonalDataLog {

    /** What the personal data was read for. */
    enum Purpose { SHOW, EXPORT, REPORT, SEARCH }

    /**
     * One read.
     *
     * @param module      the module's id, e.g. {@code org.jiedao.eldercare}
     * @param recordKind  what was read, e.g. {@code elder} (at most 32 characters)
     * @param recordKey   the record's id; null for an export or report of several records
     * @param unitCode    the unit of the record(s); null for several units
     * @param records     how many records were read (1 for a record shown)
     * @param readBy      the user
     * @param readAtUtc   when
     */
    record Read(String module, String recordKind, String recordKey, String unitCode, Purpose purpose, long records,
            String readBy, LocalDateTime readAtUtc) {
    }

    /**
     * Records a read by the signed-in user (by the operating-system account when nobody is
     * signed in, as the audit trail does).
     *
     * @throws IllegalArgumentException for a blank module or kind, or fewer than one record
     */
    void recordRead(String module, String recordKind, String recordKey, String unitCode, Purpose purpose, long records);

    /**
     * The reads of a module, newest first, for district administrators and auditors.
     *
     * @param module     the module's id
     * @param recordKind a kind, or null for all
     * @param recordKey  a record's id, or null for all
     * @param limit      at most this many; 0 for all
     * @throws org.jiedao.core.persistence.AccessDeniedException for any other user
     */
    List<Read> reads(String module, String recordKind, String recordKey, int limit);
}
