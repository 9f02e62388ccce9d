package org.jiedao.core.persistence;

import java.util.List;

/**
 * The database in use.
 *
 * @param kind           embedded Derby or a PostgreSQL server
 * @param url            JDBC URL, without credentials
 * @param productVersion the database product's name and version
 * @param entityClasses  the entity classes contributed by the installed modules
 */
public record DatabaseInfo(DatabaseKind kind, String url, String productVersion, List<String> entityClasses) {

    public DatabaseInfo {
        entityClasses = List.copyOf(entityClasses);
    }
}
