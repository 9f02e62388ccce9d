package org.jiedao.persistence.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.persistence.DatabaseKind;
import org.jiedao.core.persistence.DatabaseUnavailableException;

/**
 * Where the database is: embedded Derby in {@code DATA/database} unless {@code DATA/jiedao.properties}
 * names a server with {@code database.url}. A server with {@code database.url} alone (what
 * {@code jiedao-cli server init} writes) is a <em>shared server</em>: every officer connects as their
 * own login role ({@code database.role-prefix} + user name) with their own password, given at
 * sign-in ({@link #asOfficer}); the schema's owner connects only to migrate ({@link #asOwner}).
 * With {@code database.user} and {@code database.password} too, every process connects as that one
 * user (a server used by one officer, and the test suite).
 *
 * @param kind      embedded or server
 * @param url       JDBC URL (for embedded Derby: {@code jdbc:derby:PATH})
 * @param user      server user, null when embedded
 * @param password  server password, null when embedded
 * @param derbyHome the embedded database folder, null for a server
 * @param rolePrefix for a shared server, the prefix of the officers' login roles ("" for none); null otherwise
 * @param access     who connects: {@link Access#SHARED} for embedded Derby and a server with one user
 */
public record DatabaseSettings(DatabaseKind kind, String url, String user, String password, Path derbyHome, String rolePrefix,
        Access access) {

    /** Who a connection is made as. */
    public enum Access {
        /** Embedded Derby, or a server with the one user of {@code jiedao.properties}: migrates as needed. */
        SHARED,
        /** The owner of a shared server's schema: migrates and sets up the server's security. */
        OWNER,
        /** An officer on a shared server, as their own login role: never migrates. */
        OFFICER
    }

    public DatabaseSettings(DatabaseKind kind, String url, String user, String password, Path derbyHome) {
        this(kind, url, user, password, derbyHome, null, Access.SHARED);
    }

    /** Optional key: prefix of the login roles of a shared server (several installations on one server). */
    public static final String ROLE_PREFIX = "database.role-prefix";

    /** A shared server (no user yet: one connects {@link #asOfficer} or {@link #asOwner}). */
    public static DatabaseSettings shared(String url, String rolePrefix) {
        return new DatabaseSettings(DatabaseKind.POSTGRESQL, url, null, null, null, rolePrefix == null ? "" : rolePrefix,
                Access.SHARED);
    }

    /** Whether officers connect as themselves (a shared server). */
    public boolean perUser() {
        return rolePrefix != null;
    }

    /** This shared server, connected to as the officer with this Jiedao user name. */
    public DatabaseSettings asOfficer(String username, String secret) {
        return new DatabaseSettings(kind, url, rolePrefix + username, secret, null, rolePrefix, Access.OFFICER);
    }

    /** This shared server, connected to as the schema's owner (a database role name, no prefix). */
    public DatabaseSettings asOwner(String role, String secret) {
        return new DatabaseSettings(kind, url, role, secret, null, rolePrefix, Access.OWNER);
    }

    /** Name of the settings file in the data folder. */
    public static final String FILE = "jiedao.properties";
    public static final String URL = "database.url";
    public static final String USER = "database.user";
    public static final String PASSWORD = "database.password";

    /** Embedded Derby in {@code dataDirectory/database}. */
    public static DatabaseSettings embedded(Path dataDirectory) {
        Path home = dataDirectory.resolve("database").toAbsolutePath();
        return new DatabaseSettings(DatabaseKind.DERBY_EMBEDDED, "jdbc:derby:" + home, null, null, home);
    }

    /** A PostgreSQL server. */
    public static DatabaseSettings postgresql(String url, String user, String password) {
        return new DatabaseSettings(DatabaseKind.POSTGRESQL, url, user, password, null);
    }

    /**
     * Reads {@code jiedao.properties} of the data folder (UTF-8); without it, or without
     * {@code database.url}, the embedded database.
     */
    public static DatabaseSettings load(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return embedded(dataDirectory);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new DatabaseUnavailableException(NLS.bind(Messages.Settings_unreadable, file, e.getMessage()), e);
        }
        String url = trimmed(properties.getProperty(URL));
        if (url == null) {
            return embedded(dataDirectory);
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new DatabaseUnavailableException(NLS.bind(Messages.Settings_unsupportedUrl, url, file), null);
        }
        String user = trimmed(properties.getProperty(USER));
        if (user == null) {
            String prefix = trimmed(properties.getProperty(ROLE_PREFIX));
            if (prefix != null && !prefix.matches("[a-z][a-z0-9_]{0,15}")) {
                throw new DatabaseUnavailableException(NLS.bind(Messages.Settings_badRolePrefix, prefix, file), null);
            }
            return shared(url, prefix);
        }
        return postgresql(url, user, properties.getProperty(PASSWORD, ""));
    }

    /** The URL as shown to users and in logs. */
    public String displayUrl() {
        return url;
    }

    private static String trimmed(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.strip();
    }

    @Override
    public String toString() {
        // never the password
        return kind + " " + url + (user == null ? "" : " as " + user);
    }
}
