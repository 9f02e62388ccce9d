package org.jiedao.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an import did.
 *
 * @param status       the outcome
 * @param rowsRead     data rows read (blank rows are skipped and not counted)
 * @param rowsValid    rows without problems
 * @param rowsWritten  rows written (0 unless {@link Status#IMPORTED} or {@link Status#PARTIAL})
 * @param problemCount problems found in all rows
 * @param problems     the first problems (at most {@link #MAX_PROBLEMS}), in file order
 * @param rejectsFile  the file the rejected rows were written to, if any
 * @param warnings     notes that did not stop the import (for example ignored columns)
 */
public record ImportResult(Status status, int rowsRead, int rowsValid, int rowsWritten, int problemCount,
        List<Problem> problems, Optional<Path> rejectsFile, List<String> warnings) {

    /** The most problems a result keeps in memory (all are counted; the rejects file has all). */
    public static final int MAX_PROBLEMS = 1000;

    public enum Status {
        /** Every row was valid and written. */
        IMPORTED,
        /** Valid rows written, rejected rows written to the rejects file. */
        PARTIAL,
        /** Dry run: every row is valid; nothing written. */
        VALID,
        /** Some rows are invalid; nothing written. */
        INVALID
    }
}
