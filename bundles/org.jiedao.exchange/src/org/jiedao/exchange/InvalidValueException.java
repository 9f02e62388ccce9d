package org.jiedao.exchange;

/** A cell's value does not fit its column; the message, in the user's language, says why. */
public class InvalidValueException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message) {
        super(message);
    }
}
