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
     * The organisation unit a valid row belongs to: the format's import permission (attribute
     * {@code importPermission} of the format) must hold there, else the row is rejected naming it.
     * Called after {@link #validate} for rows without problems. By default (empty) the value of the
     * format's first {@linkplain Column#orgUnit organisation-unit column} counts, and for rows without
     * one the user's own unit; district administrators may import everywhere.
     *
     * @return the row's unit when it is not the first organisation-unit column (a cadre's unit, for example)
     * @since 1.1
     */
    default java.util.Optional<org.jiedao.core.org.OrgUnit> unit(Record record) {
        return java.util.Optional.empty();
    }

    /**
     * The stored record a valid row belongs with, when the row is in that record's unit (a booking with its elder, a
     * contest answer with its contest, an order with its premises): the format's import permission must hold in the
     * record's unit. Asked only when {@link #unit} is empty; when this is empty too, the first organisation-unit column
     * counts, as {@link #unit} says.
     *
     * @return the record the row belongs with, found by the row's values (typically in a lookup {@link #validate} filled)
     * @since 1.2
     */
    default java.util.Optional<? extends org.jiedao.core.persistence.ScopedEntity> owner(Record record) {
        return java.util.Optional.empty();
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
