package org.jiedao.exchange;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One cell as read from a file. A spreadsheet formula is read as the value the file keeps for it
 * (its cached result: what Excel or WPS shows), with {@code formula} set; the platform refuses only a
 * formula whose result the file does not keep ({@link State#UNCALCULATED}) and a cell that shows an
 * error such as {@code #N/A} ({@link State#ERROR}).
 *
 * @param text     the cell's text as a user sees it (a whole number without {@code .0}); never null,
 *                 empty for a blank cell; for {@link State#ERROR} the error ({@code #N/A}, {@code #REF!} …)
 * @param number   the numeric value of a numeric spreadsheet cell, else empty
 * @param dateTime the value of a date-formatted spreadsheet cell, else empty
 * @param formula  whether the spreadsheet cell holds a formula (its value is the formula's cached result)
 * @param length   the length of the original text; larger than {@code text.length()} when the cell
 *                 was too large and was cut
 * @param state    whether the cell has a value, shows an error, or is a formula without a kept result
 *                 (since 1.1)
 */
public record Cell(String text, Optional<Double> number, Optional<LocalDateTime> dateTime, boolean formula, int length,
        State state) {

    /** Cells larger than this (Excel's own limit) are cut and reported. */
    public static final int MAX_LENGTH = 32_767;

    /** An empty cell. */
    public static final Cell EMPTY = text("");

    /**
     * What a cell holds.
     *
     * @since 1.1
     */
    public enum State {
        /** A value: typed, pasted, or a formula's cached result. */
        VALUE,
        /** The cell shows a spreadsheet error ({@code #N/A}, {@code #DIV/0!} …), typed or as a formula's result. */
        ERROR,
        /** A formula whose result the file does not keep (written by a program that does not calculate). */
        UNCALCULATED
    }

    public Cell {
        text = text == null ? "" : text;
        number = number == null ? Optional.empty() : number;
        dateTime = dateTime == null ? Optional.empty() : dateTime;
        state = state == null ? State.VALUE : state;
    }

    /** A cell with a value ({@link State#VALUE}). */
    public Cell(String text, Optional<Double> number, Optional<LocalDateTime> dateTime, boolean formula, int length) {
        this(text, number, dateTime, formula, length, State.VALUE);
    }

    /** A text cell (CSV cells are always text). */
    public static Cell text(String text) {
        String t = text == null ? "" : text;
        return new Cell(t, Optional.empty(), Optional.empty(), false, t.length(), State.VALUE);
    }

    /**
     * @return a cell showing a spreadsheet error such as {@code #N/A}
     * @since 1.1
     */
    public static Cell error(String error, boolean formula) {
        String t = error == null ? "" : error;
        return new Cell(t, Optional.empty(), Optional.empty(), formula, t.length(), State.ERROR);
    }

    /**
     * @return a formula cell whose result the file does not keep
     * @since 1.1
     */
    public static Cell uncalculated() {
        return new Cell("", Optional.empty(), Optional.empty(), true, 0, State.UNCALCULATED);
    }

    /** @return whether the cell is empty or only blanks (a formula whose cached result is empty text is blank) */
    public boolean isBlank() {
        return text.isBlank() && number.isEmpty() && dateTime.isEmpty() && state == State.VALUE;
    }

    /** @return whether the original text was longer than {@link #MAX_LENGTH} and was cut */
    public boolean isOversize() {
        return length > MAX_LENGTH;
    }
}
