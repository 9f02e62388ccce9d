package org.jiedao.safety;

import java.util.List;
import java.util.Optional;

/**
 * The premises registry 场所 (an OSGi service). A grid leader sees their grid's premises, a community
 * worker their community's, the street officer the street's. Personal fields (address, owner, manager,
 * phone) are masked for a user without the module's personal-data permission.
 */
public interface SafetyPremisesRegistry {

    /** Registers a premises; @return its id. Refused for a missing or taken code, a missing name or category, a unit outside the user's scope. */
    long register(NewPremises premises);

    /**
     * Changes a premises (its code stays). A user without the module's personal-data permission sees
     * the personal fields masked and cannot change them: theirs are kept as stored, whatever
     * {@code changes} says.
     *
     * @param version the version the user read ({@link Premises#version()}); another version:
     *                {@link org.jiedao.core.persistence.ConcurrentChangeException}
     * @return the premises as saved (personal fields as {@link #find} shows them)
     * @since 1.1
     */
    Premises update(String code, long version, NewPremises changes);

    /**
     * @param unit     a community or grid (code or name), or null for all the user sees
     * @param category a category, or null for all
     * @return the premises, by code
     */
    List<Premises> list(String unit, PremisesCategory category);

    /**
     * @param unit     a community or grid (code or name), or null for all the user sees
     * @param category a category, or null for all
     * @param text     a part of the code or name (any case), or null for all
     * @return how many premises {@link #page} pages through
     * @since 1.1
     */
    int count(String unit, PremisesCategory category, String text);

    /**
     * One page of the premises matching (masked as {@link #list} is), by code: a district's register is
     * read a screen at a time.
     *
     * @since 1.1
     */
    List<Premises> page(String unit, PremisesCategory category, String text, int offset, int limit);

    /**
     * @param code a part of the code (any case) the premises' code must contain, or null
     * @param name a part of the name (any case) the premises' name must contain, or null
     * @return how many premises {@link #page(String, PremisesCategory, String, String, String, PremisesOrder, int, int)} pages through
     * @since 1.2
     */
    int count(String unit, PremisesCategory category, String text, String code, String name);

    /**
     * One page of the premises matching (masked as {@link #list} is) in the given order: the premises table's own column
     * filters (code, name) and header sort.
     *
     * @param order null: by code
     * @since 1.2
     */
    List<Premises> page(String unit, PremisesCategory category, String text, String code, String name, PremisesOrder order, int offset, int limit);

    /** @return the premises with this code, if the user may see it */
    Optional<Premises> find(String code);
}
