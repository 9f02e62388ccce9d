package org.jiedao.safety;

import java.time.LocalDate;
import java.util.List;

/** One version of the checklist template of a category: never changed once written, so an inspection keeps the items it used. */
public record ChecklistTemplate(PremisesCategory category, int version, String title, LocalDate createdOn, List<ChecklistItem> items) {

    /** @return whether any item is still a sample */
    public boolean hasSamples() {
        return items.stream().anyMatch(ChecklistItem::sample);
    }
}
