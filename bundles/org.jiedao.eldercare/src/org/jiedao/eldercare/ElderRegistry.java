package org.jiedao.eldercare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The elder registry 老年人档案 and the ageing statistics (an OSGi service). */
public interface ElderRegistry {

    /** Permission to see elders' ID numbers, names, phones and addresses unmasked (per community). */
    String PERSONAL_PERMISSION = "org.jiedao.eldercare.personal";
    /** Permission to record and change the module's records (per community). */
    String RECORD_PERMISSION = "org.jiedao.eldercare.record";

    /**
     * Registers an elder; birth date and sex come from the ID number.
     *
     * @return the elder's id
     * @throws EldercareException for a wrong ID number (length, characters, birth date, check
     *                            character), one already registered, a missing name, an unknown
     *                            category or a community outside the user's scope
     */
    long register(NewElder elder);

    /** @return the elder with this id, if the user may see them */
    Optional<Elder> find(long id);

    /** @return the elder with this ID number (checked and converted first), if the user may see them */
    Optional<Elder> findByIdNumber(String idNumber);

    /** @return the elders matching the query, by community and registration (at most {@code limit}; 0: all) */
    List<Elder> list(ElderQuery query, int limit);

    /**
     * A page of the elders matching the query, cut in the database (for tables over a city's registry):
     * in the order of the communities' places in the organisation, then of registration.
     *
     * @since 1.1
     */
    List<Elder> list(ElderQuery query, int offset, int limit);

    /**
     * @return how many elders match the query in the user's scope
     * @since 1.1
     */
    long count(ElderQuery query);

    /**
     * Changes an elder's record with the checks of {@link #register}: a corrected ID number is checked
     * again (and must not be another elder's), birth date and sex follow it; the community must be in
     * the user's scope. Only users who see the elder unmasked may change the record (a masked form
     * would overwrite the personal data with stars).
     *
     * @param version the version the user edited ({@link Elder#version()})
     * @return the elder as saved
     * @throws EldercareException for the refusals of {@link #register} and a user without the permission
     * @throws org.jiedao.core.persistence.ConcurrentChangeException when someone saved the elder since
     * @since 1.1
     */
    Elder update(long id, long version, NewElder elder);

    /** Sets the registered population of a community for a year (for the ageing share). */
    void setPopulation(String community, int year, int population);

    /**
     * The ageing statistics of each community the user sees (or of one).
     *
     * @param community code or name, or null for every community in scope that has elders or a population
     * @param year      the year of the population figure
     * @param on        the reference day of the ages
     */
    List<AgeingStats> stats(String community, int year, LocalDate on);

    /** @return the configured elder categories (特困, 低保, 失能, 独居, 空巢 …) */
    List<String> categories();

    /** Adds an elder category to the list (street officers and administrators). */
    void addCategory(String category);
}
