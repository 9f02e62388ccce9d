package org.jiedao.eldercare;

/** Input the module refuses, with a message in the user's language that says what is wrong; nothing is written. */
public class EldercareException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EldercareException(String message) {
        super(message);
    }
}
