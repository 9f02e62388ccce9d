package org.jiedao.core.security;

/** A change to the users that is not allowed (weak password, name taken, ...); the message says why. */
public class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccountException(String message) {
        super(message);
    }
}
