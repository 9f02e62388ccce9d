package org.jiedao.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jiedao.core.persistence.DatabaseKind;
import org.jiedao.core.persistence.DatabaseUnavailableException;
import org.jiedao.persistence.internal.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jiedao.properties in the data folder chooses the database; mistakes are explained. */
class DatabaseSettingsTest {

    @TempDir
    Path data;

    @Test
    void withoutSettingsTheDatabaseIsEmbeddedInTheDataFolder() {
        DatabaseSettings settings = DatabaseSettings.load(data);
        assertEquals(DatabaseKind.DERBY_EMBEDDED, settings.kind());
        assertEquals(data.resolve("database").toAbsolutePath(), settings.derbyHome());
    }

    @Test
    void aPostgresqlServerIsChosenByConfigurationAlone() throws Exception {
        write("# shared database of 沧浪街道\ndatabase.url = jdbc:postgresql://db.canglang.local:5432/jiedao\n"
                + "database.user = jiedao\ndatabase.password = s3cret\n");
        DatabaseSettings settings = DatabaseSettings.load(data);
        assertEquals(DatabaseKind.POSTGRESQL, settings.kind());
        assertEquals("jdbc:postgresql://db.canglang.local:5432/jiedao", settings.url());
        assertEquals("jiedao", settings.user());
        assertEquals("s3cret", settings.password());
        assertTrue(!settings.toString().contains("s3cret"), "the password never shows in logs");
    }

    @Test
    void anUnsupportedUrlOrABadRolePrefixIsExplained() throws Exception {
        write("database.url = jdbc:mysql://x/y\n");
        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, () -> DatabaseSettings.load(data));
        assertTrue(e.getMessage().contains("jdbc:mysql://x/y") && e.getMessage().contains("jdbc:postgresql://"), e.getMessage());

        write("database.url = jdbc:postgresql://localhost/jiedao\ndatabase.role-prefix = Gusu-1\n");
        e = assertThrows(DatabaseUnavailableException.class, () -> DatabaseSettings.load(data));
        assertTrue(e.getMessage().contains("Gusu-1") && e.getMessage().contains(DatabaseSettings.FILE), e.getMessage());
    }

    @Test
    void aUrlAloneIsASharedServerWhereEveryOfficerConnectsAsThemselves() throws Exception {
        write("database.url = jdbc:postgresql://db.gusu.example/jiedao\ndatabase.role-prefix = gusu_\n");
        DatabaseSettings settings = DatabaseSettings.load(data);
        assertTrue(settings.perUser());
        assertEquals(null, settings.user());
        assertEquals(null, settings.password());
        DatabaseSettings officer = settings.asOfficer("huachen", "secret-1");
        assertEquals("gusu_huachen", officer.user());
        assertEquals(DatabaseSettings.Access.OFFICER, officer.access());
        DatabaseSettings owner = settings.asOwner("jiedao_owner", "secret-2");
        assertEquals("jiedao_owner", owner.user());
        assertEquals(DatabaseSettings.Access.OWNER, owner.access());
        assertFalse(owner.toString().contains("secret"), owner.toString());

        write("database.url = jdbc:postgresql://db.gusu.example/jiedao\n");
        assertEquals("huachen", DatabaseSettings.load(data).asOfficer("huachen", "x").user());
    }

    private void write(String text) throws Exception {
        Files.writeString(data.resolve(DatabaseSettings.FILE), text, StandardCharsets.UTF_8);
    }
}
