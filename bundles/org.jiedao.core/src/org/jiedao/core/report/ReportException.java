package org.jiedao.core.report;

/** A report cannot be built or written; the message is a complete sentence for the user. */
public class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** No report with the id is installed. */
        UNKNOWN_REPORT,
        /** A parameter is missing, unknown or has a value the report refuses. */
        BAD_PARAMETER,
        /** The signed-in user may not see the report. */
        DENIED,
        /** Building or writing failed (no font, I/O, a broken provider). */
        FAILED
    }

    private final Reason reason;

    public ReportException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ReportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** @return why the report failed */
    public Reason reason() {
        return reason;
    }
}
