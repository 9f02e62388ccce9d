package org.jiedao.petitions;

/**
 * What lists ask for; null fields do not filter.
 *
 * @param status    only this status
 * @param kind      only this kind
 * @param urgency   only petitions with this flag
 * @param unitCode  only this unit and the units below it (a street: all its communities)
 * @param overdue   only overdue ones
 * @param text      only those whose content or category contains this text
 * @param offset    rows to skip
 * @param limit     at most this many rows (0: all)
 */
public record PetitionQuery(PetitionStatus status, PetitionKind kind, UrgencyFlag urgency, String unitCode, boolean overdue, String text,
        int offset, int limit) {

    /** Everything the user may see. */
    public static PetitionQuery all() {
        return new PetitionQuery(null, null, null, null, false, null, 0, 0);
    }
}
