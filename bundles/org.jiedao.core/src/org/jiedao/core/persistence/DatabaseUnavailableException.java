package org.jiedao.core.persistence;

/**
 * The database cannot be opened or reached. The message is a complete sentence in the user's
 * language that says what to do (e.g. close the other program that holds the data folder).
 */
public class DatabaseUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
