package org.jiedao.core.persistence;

/** A backup or restore that cannot be done; the message says why and what to do, in the user's language. */
public class BackupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
