package org.jiedao.core.security;

/** Sign-in refused; the message says why in the user's language (never which of name or password was wrong). */
public class AuthenticationException extends Exception {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }
}
