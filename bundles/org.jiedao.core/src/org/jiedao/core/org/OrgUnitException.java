package org.jiedao.core.org;

/** A change to the organisation that is not allowed; the message says why, in the user's language. */
public class OrgUnitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OrgUnitException(String message) {
        super(message);
    }
}
