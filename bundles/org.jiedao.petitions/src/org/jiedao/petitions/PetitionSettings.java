package org.jiedao.petitions;

import java.util.List;

/**
 * The module's installation-wide settings (an OSGi service): the list of categories and the
 * deadlines. Everyone reads them; district administrators change them.
 */
public interface PetitionSettings {

    /** @return the configured categories, in order */
    List<String> categories();

    /** Adds a category (district administrators). */
    void addCategory(String name);

    /** Removes a category from the list (petitions keep theirs; district administrators). */
    void removeCategory(String name);

    /** @return the deadlines in force */
    Deadlines deadlines();

    /** Changes the deadlines (district administrators); running petitions keep theirs. */
    void setDeadlines(Deadlines deadlines);
}
