package org.jiedao.core.persistence;

/**
 * The event the platform posts (OSGi EventAdmin, asynchronously) after each committed
 * transaction that inserted, changed or deleted entities: one event per bundle that contributes the
 * changed entity classes, on the topic {@link #topic(String) org/jiedao/records/&lt;bundle, dots as
 * slashes&gt;}, e.g. {@code org/jiedao/records/org/jiedao/petitions}; properties {@link #ENTITIES}
 * (the simple class names, String[]) and {@link #BUNDLE} (the bundle's symbolic name).
 * <p>
 * An open part that lists records refreshes on it, so an import (by this window, another window or
 * the command line in the same process) shows without 刷新. Changes made with bulk JPQL
 * ({@code update ... / delete ...} queries) are not seen by the event. Parts use
 * {@code org.jiedao.ui.api.RecordsRefresh}; other code subscribes with an OSGi
 * {@code EventHandler} or e4's {@code @UIEventTopic}.
 *
 * @since 1.1
 */
public final class RecordsChanged {

    /** The topics' common root. */
    public static final String TOPIC_ROOT = "org/jiedao/records";

    /** Every bundle's records (an EventHandler's topic filter). */
    public static final String ALL_TOPICS = TOPIC_ROOT + "/*";

    /** Property: the simple names of the changed entity classes (String[]). */
    public static final String ENTITIES = "entities";

    /** Property: the symbolic name of the bundle contributing the entities (String). */
    public static final String BUNDLE = "bundle";

    private RecordsChanged() {
    }

    /** @return the topic of the records of the bundle {@code bundleSymbolicName} */
    public static String topic(String bundleSymbolicName) {
        return TOPIC_ROOT + "/" + bundleSymbolicName.replace('.', '/');
    }
}
