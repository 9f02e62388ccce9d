package org.jiedao.modules;

/**
 * A module change that could not be made, with a message in the user's language that names the
 * module and the reason (a missing requirement, an untrusted signer, an unreachable repository);
 * nothing was changed.
 */
public class ModuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ModuleException(String message) {
        super(message);
    }

    public ModuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
