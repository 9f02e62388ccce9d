package org.jiedao.exchange;

/**
 * A file cannot be imported at all, or an export cannot be written: the message, in the user's
 * language, says what is wrong with the file and what to do. No row was written.
 */
public class ExchangeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for programs (the message is for people). */
    public enum Kind {
        /** No such format, or the format cannot be imported / exported. */
        UNKNOWN_FORMAT,
        /** The file is not a spreadsheet or CSV file (or of a type that cannot be written). */
        UNSUPPORTED_TYPE,
        /** The file is damaged or truncated. */
        DAMAGED,
        /** The file is protected by a password. */
        ENCRYPTED,
        /** The sheet has no header or no data rows, or the sheet asked for does not exist. */
        EMPTY,
        /** The header row is not usable: merged, duplicate, unknown or missing columns. */
        HEADER,
        /** The file cannot be read or written. */
        IO,
        /** The user may not import or export this format. */
        DENIED,
        /** Writing the rows failed (the database refused them); nothing was written. */
        WRITE_FAILED,
        /** The user cancelled. */
        CANCELLED
    }

    private final Kind kind;

    public ExchangeException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ExchangeException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
