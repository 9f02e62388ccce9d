package org.jiedao.petitions;

/**
 * Registering petitions (an OSGi service): by hand, from a mailbox opening, from an import. A
 * petition is registered in a community of the signed-in user's scope; its deadline follows from
 * its urgency and the {@link PetitionSettings#deadlines() deadlines} in force.
 */
public interface PetitionIntake {

    /** Registers a petition; its deadline follows from its urgency. @return its id */
    long register(NewPetition petition);
}
