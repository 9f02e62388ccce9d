package org.jiedao.exchange;

/** Where a format's validation reports what is wrong with a row (messages in the user's language). */
public interface RowProblems {

    /** The value of {@code column} is wrong. */
    void reject(Column<?> column, String message);

    /** The row as a whole is wrong (for example a duplicate of an earlier row). */
    void reject(String message);

    /** @return whether problems were reported for this row so far */
    boolean hasProblems();
}
