package org.jiedao.exchange;

import jakarta.persistence.EntityManager;

/**
 * One import of a format: created per import, so it may keep state across rows (to find duplicates
 * within the file, for example). The platform calls {@link #validate} for every row first (the
 * columns' types and required flags are already checked), and only when the import goes ahead
 * {@link #write} for every valid row, then {@link #finish}, all in one transaction.
 */
public interface ImportSession {

    /** Checks what the column types cannot: relations between columns, duplicates, lookups. */
    default void validate(Record record, RowProblems problems) {
    }

    /**
     * Called once every row was validated, for checks that need the whole file (a parent that a
     * later row defines, a total); rows rejected here are not written either.
     */
    default void validateEnd(FileProblems problems) {
    }

    /**
     * Writes a valid row through the transaction's EntityManager (or through platform services,
     * which join the same transaction). Throwing rolls the whole import back.
     */
    void write(Record record, EntityManager em);

    /** Called after the last row, in the same transaction. */
    default void finish(EntityManager em) {
    }
}
