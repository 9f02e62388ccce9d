package org.jiedao.petitions;

/**
 * A request the petitions module refuses: a step the petition's status does not allow, a missing
 * reason, a satisfaction outside 1–5, an unknown petition or assignee. The message says why, in
 * the user's language; nothing was written.
 */
public class PetitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PetitionException(String message) {
        super(message);
    }
}
