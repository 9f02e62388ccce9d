package org.jiedao.core.persistence;

import java.util.Locale;
import java.util.Optional;

/**
 * Someone else saved the record after this user loaded it (optimistic locking: every module entity
 * has a {@code @Version}): the save was refused and nothing of the transaction was written. Show
 * {@link #getMessage()} (or {@link #message(Locale)}) and offer to reload the record — in the
 * workbench {@code org.jiedao.ui.api.ConcurrentChangeDialog} does both.
 */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String entity;
    private final transient Object id;

    public ConcurrentChangeException(String entity, Object id, Throwable cause) {
        super(message(Locale.getDefault(), entity, id), cause);
        this.entity = entity;
        this.id = id;
    }

    /** @return the entity's name, e.g. {@code Petition} (may be empty when EclipseLink did not say) */
    public String entity() {
        return entity;
    }

    /** @return the record's id, when known */
    public Optional<Object> id() {
        return Optional.ofNullable(id);
    }

    /** @return the explanation in the locale's language */
    public String message(Locale locale) {
        return message(locale, entity, id);
    }

    private static String message(Locale locale, String entity, Object id) {
        String what = (entity == null || entity.isEmpty() ? "" : entity) + (id == null ? "" : " " + id);
        return org.eclipse.osgi.util.NLS.bind(org.jiedao.core.internal.text.Texts.get(locale).ConcurrentChange_message, what.strip());
    }
}
