package org.jiedao.incubation;

/** Input the module refuses, with a message in the user's language that says what is wrong; nothing is written. */
public class IncubationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IncubationException(String message) {
        super(message);
    }
}
