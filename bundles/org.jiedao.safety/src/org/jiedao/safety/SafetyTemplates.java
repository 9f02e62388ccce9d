package org.jiedao.safety;

import java.util.List;
import java.util.Optional;

/**
 * Checklist templates per premises category (an OSGi service). Every edit writes a new version;
 * versions are never changed, so an inspection keeps the items of the version it used. The module
 * ships version 1 of each category with sample items (marked as samples) for the street's safety
 * officer to replace.
 */
public interface SafetyTemplates {

    /** @return the newest version of the category's template (the shipped samples when nobody edited it) */
    ChecklistTemplate current(PremisesCategory category);

    /** @return the given version of the category's template */
    Optional<ChecklistTemplate> version(PremisesCategory category, int version);

    /** @return every version of the category's template, oldest first */
    List<ChecklistTemplate> versions(PremisesCategory category);

    /**
     * Writes a new version of the category's template (street officer or district administrator only).
     *
     * @param items the items' texts in order; none is a sample any more
     * @return the new version
     */
    ChecklistTemplate publish(PremisesCategory category, String title, List<String> items);
}
