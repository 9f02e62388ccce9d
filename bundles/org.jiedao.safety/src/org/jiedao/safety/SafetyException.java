package org.jiedao.safety;

/** Input the module refuses, with a message in the user's language that says what is wrong; nothing is written. */
public class SafetyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SafetyException(String message) {
        super(message);
    }
}
