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
 * names a server with {@code database.url}, {@code database.user} and {@code database.password}.
 *
 * @param kind      embedded or server
 * @param url       JDBC URL (for embedded Derby: {@code jdbc:derby:PATH})
 * @param user      server user, null when embedded
 * @param password  server password, null when embedded
 * @param derbyHome the embedded database folder, null for a server
 */
public record DatabaseSettings(DatabaseKind kind, String url, String user, String password, Path derbyHome) {

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
            throw new DatabaseUnavailableException(NLS.bind(Messages.Settings_missingUser, file), null);
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
