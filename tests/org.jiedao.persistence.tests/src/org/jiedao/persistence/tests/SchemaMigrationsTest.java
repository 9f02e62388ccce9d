package org.jiedao.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.eclipse.core.runtime.Platform;
import org.jiedao.persistence.internal.Database;
import org.jiedao.persistence.internal.DatabaseSettings;
import org.jiedao.persistence.internal.EntityContribution;
import org.jiedao.persistence.internal.SchemaMigrations;
import org.jiedao.persistence.internal.SchemaMigrations.Changelog;
import org.junit.jupiter.api.Test;

/** Per-module schema migrations with Liquibase, on embedded Derby. */
class SchemaMigrationsTest {

    private static final String TESTS = "org.jiedao.persistence.tests";

    private static DatabaseSettings fresh() throws Exception {
        return DatabaseSettings.embedded(Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "jiedao-mig-"));
    }

    private static List<Changelog> changelogs() {
        return SchemaMigrations.read(Platform.getExtensionRegistry());
    }

    private static List<EntityContribution> entities() {
        return EntityContribution.read(Platform.getExtensionRegistry());
    }

    @Test
    void appliesInDependencyOrderAndLeavesOutWhatCannotBeApplied() {
        List<String> ids = changelogs().stream().map(Changelog::id).toList();
        assertTrue(ids.indexOf("org.jiedao.platform") < ids.indexOf(TESTS), "platform before the module that requires it: " + ids);
        assertFalse(ids.contains("org.jiedao.persistence.tests.orphan"), "requires a module that is not installed");
        assertFalse(ids.contains("org.jiedao.persistence.tests.missing"), "its file does not exist");
    }

    @Test
    void recordsEachModulesHistoryAndAppliesNothingTheSecondTime() throws Exception {
        DatabaseSettings settings = fresh();
        try (Database db = Database.open(settings, entities(), changelogs())) {
            assertEquals(List.of("tests-001-sample"), applied(db.dataSource(), "DBCLORGJIEDAOPERSISTENCETESTSLOG"));
            assertEquals(List.of("platform-001-sequence", "platform-002-audit", "platform-003-audit-short-text",
                    "platform-audit-checkpoint"), applied(db.dataSource(), "DBCLORGJIEDAOPLATFORMLOG"));
            assertFalse(tableExists(db.dataSource(), "TST_ORPHAN"));
        }
        try (Database db = Database.open(settings, entities(), changelogs())) {
            assertEquals(List.of("tests-001-sample"), applied(db.dataSource(), "DBCLORGJIEDAOPERSISTENCETESTSLOG"));
        }
    }

    @Test
    void anUnchangedChangelogIsNotCheckedAgainAndAChangedOneIs() throws Exception {
        DatabaseSettings settings = fresh();
        try (Database db = Database.open(settings, entities(), changelogs())) {
            List<String> stored = new ArrayList<>();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select CHANGELOG_ID, FINGERPRINT from JD_SCHEMA_FINGERPRINT order by CHANGELOG_ID")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                    assertEquals(64, rs.getString(2).length(), "a SHA-256 in hex");
                }
            }
            assertEquals(changelogs().stream().map(Changelog::id).sorted().toList(), stored, "one fingerprint per applied changelog");
            // Liquibase's history of the test module is lost: a check would apply its changeset again and fail on the existing table
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("delete from DBCLORGJIEDAOPERSISTENCETESTSLOG");
            }
        }
        try (Database db = Database.open(settings, entities(), changelogs())) {
            assertEquals(List.of(), applied(db.dataSource(), "DBCLORGJIEDAOPERSISTENCETESTSLOG"), "not checked: nothing changed");
        }
        // a changed changelog (another file: a new module version) is checked, and only its new changeset applied
        List<Changelog> version2 = new ArrayList<>();
        for (Changelog c : changelogs()) {
            version2.add(c.id().equals(TESTS) ? new Changelog(c.id(), "db/changelog/tests-v2.xml", c.requires(), c.bundle()) : c);
        }
        try (Database db = Database.open(settings, entities(), version2)) {
            fail("Liquibase checked the changed changelog and found its first changeset's table already there");
        } catch (org.jiedao.core.persistence.DatabaseUnavailableException expected) {
            assertTrue(expected.getMessage().contains(TESTS), expected.getMessage());
        }
        // and on request every changelog is checked, changed or not
        System.setProperty(SchemaMigrations.RECHECK_PROPERTY, "true");
        try (Database db = Database.open(settings, entities(), changelogs())) {
            fail("the recheck ran Liquibase on the unchanged changelog too");
        } catch (org.jiedao.core.persistence.DatabaseUnavailableException expected) {
            assertTrue(expected.getMessage().contains(TESTS), expected.getMessage());
        } finally {
            System.clearProperty(SchemaMigrations.RECHECK_PROPERTY);
        }
    }

    @Test
    void aNewVersionOfAModuleAppliesOnlyItsNewChangesets() throws Exception {
        DatabaseSettings settings = fresh();
        try (Database db = Database.open(settings, entities(), changelogs())) {
            db.transaction(em -> {
                em.persist(new SampleRecord("v1 row", "U", LocalDate.of(2021, 6, 15)));
                return null;
            });
        }
        List<Changelog> version2 = new ArrayList<>();
        for (Changelog c : changelogs()) {
            version2.add(c.id().equals(TESTS) ? new Changelog(c.id(), "db/changelog/tests-v2.xml", c.requires(), c.bundle()) : c);
        }
        try (Database db = Database.open(settings, entities(), version2)) {
            assertEquals(List.of("tests-001-sample", "tests-002-note"), applied(db.dataSource(), "DBCLORGJIEDAOPERSISTENCETESTSLOG"));
            assertEquals(1L, DatabaseContract.count(db), "the data of version 1 is still there");
            assertTrue(columnExists(db.dataSource(), "TST_SAMPLE", "NOTE"));
        }
    }

    @Test
    void uninstallingAModuleKeepsItsTablesAndDataForWhenItComesBack() throws Exception {
        DatabaseSettings settings = fresh();
        try (Database db = Database.open(settings, entities(), changelogs())) {
            db.transaction(em -> {
                em.persist(new SampleRecord("保留的数据", "U", LocalDate.now()));
                return null;
            });
        }
        // the module is gone: neither its entities nor its changelog are contributed
        List<EntityContribution> without = entities().stream().filter(e -> !e.bundle().getSymbolicName().equals(TESTS)).toList();
        List<Changelog> withoutLogs = changelogs().stream().filter(c -> !c.id().equals(TESTS)).toList();
        try (Database db = Database.open(settings, without, withoutLogs)) {
            assertTrue(tableExists(db.dataSource(), "TST_SAMPLE"), "never dropped");
            assertFalse(db.info().entityClasses().contains(SampleRecord.class.getName()));
        }
        // reinstalled: its data is there again
        try (Database db = Database.open(settings, entities(), changelogs())) {
            assertEquals("保留的数据", db.read(em -> em.createQuery("select s.name from SampleRecord s", String.class)
                    .getSingleResult()));
        }
    }

    private static List<String> applied(DataSource ds, String table) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select ID from " + table + " order by ORDEREXECUTED")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static boolean tableExists(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        }
    }

    private static boolean columnExists(DataSource ds, String table, String column) throws SQLException {
        try (Connection c = ds.getConnection(); ResultSet rs = c.getMetaData().getColumns(null, null, table, column)) {
            return rs.next();
        }
    }
}
