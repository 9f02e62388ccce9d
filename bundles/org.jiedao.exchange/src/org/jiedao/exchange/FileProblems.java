package org.jiedao.exchange;

/** Where a format reports problems found only once the whole file was read. */
public interface FileProblems {

    /**
     * The value of {@code column} in row {@code row} (as {@link Record#row()} gave it) is wrong.
     */
    void reject(int row, Column<?> column, String message);
}
