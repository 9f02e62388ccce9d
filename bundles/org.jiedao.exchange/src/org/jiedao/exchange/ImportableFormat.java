package org.jiedao.exchange;

/** A format that files can be imported in. */
public interface ImportableFormat extends RecordFormat {

    /**
     * Starts an import. Refuse here (with an {@link org.jiedao.core.persistence.AccessDeniedException}
     * or an {@link IllegalStateException} with a message for the user) when the user may not import.
     */
    ImportSession beginImport(ImportContext context);
}
