package org.jiedao.core.persistence;

/** The signed-in user may not write this record (outside their units, or read-only role). */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
