package org.jiedao.petitions;

/**
 * Who may see petitioners' personal data, and the record of each time it was seen unmasked (an
 * OSGi service). The platform's audit trail records changes only, so a view of personal data is
 * recorded as a row of its own: it is then in the tamper-evident audit chain with the user and time.
 */
public interface PetitionPrivacy {

    /** Permission to see petitioners' personal data (names, phone numbers) of a unit's petitions. */
    String HANDLE_PERMISSION = "org.jiedao.petitions.handle";

    /** What unmasked personal data was shown for. */
    enum Disclosure {
        /** a petition opened by a handler */
        SHOW,
        /** a handling form printed */
        REPORT,
        /** an export with names and phone numbers */
        EXPORT
    }

    /** @return whether the signed-in user may see personal data of petitions of this unit */
    boolean isHandler(String unitCode);

    /**
     * Records that unmasked personal data left the database.
     *
     * @param petitionId the petition shown or printed; null for an export
     * @param unitCode   its unit; null for an export
     * @param records    how many petitions with personal data were in it
     */
    void recordDisclosure(Disclosure purpose, Long petitionId, String unitCode, long records);
}
