package org.jiedao.core.search;

import java.util.Objects;

/**
 * One record found by a {@link SearchProvider}. The workbench opens it with the record opener
 * registered for {@link #recordType()} (extension point {@code org.jiedao.ui.recordOpeners}), or
 * shows its details when there is none.
 *
 * @param providerId the id of the provider as declared in plugin.xml
 * @param recordType what kind of record it is, e.g. {@code org.jiedao.orgunit}; the key of record openers
 * @param recordId   the record's id within its type (a code, a number)
 * @param title      one line naming the record, in the user's language
 * @param subtitle   a second line (where it belongs, a snippet around the match); may be empty
 */
public record SearchHit(String providerId, String recordType, String recordId, String title, String subtitle) {

    public SearchHit {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
    }
}
