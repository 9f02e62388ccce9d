package org.jiedao.exchange;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One cell as read from a file.
 *
 * @param text     the cell's text as a user sees it (a whole number without {@code .0}); never null,
 *                 empty for a blank cell
 * @param number   the numeric value of a numeric spreadsheet cell, else empty
 * @param dateTime the value of a date-formatted spreadsheet cell, else empty
 * @param formula  whether the spreadsheet cell holds a formula (formulas are not imported)
 * @param length   the length of the original text; larger than {@code text.length()} when the cell
 *                 was too large and was cut
 */
public record Cell(String text, Optional<Double> number, Optional<LocalDateTime> dateTime, boolean formula, int length) {

    /** Cells larger than this (Excel's own limit) are cut and reported. */
    public static final int MAX_LENGTH = 32_767;

    /** An empty cell. */
    public static final Cell EMPTY = text("");

    public Cell {
        text = text == null ? "" : text;
        number = number == null ? Optional.empty() : number;
        dateTime = dateTime == null ? Optional.empty() : dateTime;
    }

    /** A text cell (CSV cells are always text). */
    public static Cell text(String text) {
        String t = text == null ? "" : text;
        return new Cell(t, Optional.empty(), Optional.empty(), false, t.length());
    }

    /** @return whether the cell is empty or only blanks */
    public boolean isBlank() {
        return text.isBlank() && number.isEmpty() && dateTime.isEmpty() && !formula;
    }

    /** @return whether the original text was longer than {@link #MAX_LENGTH} and was cut */
    public boolean isOversize() {
        return length > MAX_LENGTH;
    }
}
