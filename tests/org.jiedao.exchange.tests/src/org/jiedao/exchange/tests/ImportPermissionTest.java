package org.jiedao.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.security.Role;
import org.jiedao.exchange.ExchangeException;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.exchange.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A format's import permission holds in the unit each row belongs to, or anywhere for a district
 * administrator (also one without a unit of his own); one test per role. The permission
 * {@code org.jiedao.exchange.tests.import} is given to street officers (plugin.xml).
 */
class ImportPermissionTest {

    @TempDir
    Path dir;

    private Locale previous;

    @BeforeAll
    static void organisation() {
        ExchangeTest.organisation();
        if (ExchangeTest.units.find("X-7").isEmpty()) {
            ExchangeTest.units.create("X-7", "太平街道", OrgLevel.STREET, "X");
            ExchangeTest.units.create("X-7-1", "莲港社区", OrgLevel.COMMUNITY, "X-7");
            char[] password = ExchangeTest.PASSWORD.toCharArray();
            ExchangeTest.security.createUser("admin-nounit", "区管理员（无单位）", Role.DISTRICT_ADMIN, null, password);
            ExchangeTest.security.createUser("officer-x1", "元和街道工作人员", Role.STREET_OFFICER, "X-1", password);
            ExchangeTest.security.createUser("auditor-x", "审计员", Role.AUDITOR, null, password);
        }
    }

    @BeforeEach
    void clean() throws Exception {
        previous = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        ExchangeTest.security.signOut();
        ExchangeTest.persistence.transaction(em -> em.createQuery("delete from SampleRecord").executeUpdate());
    }

    @AfterEach
    void signOut() {
        ExchangeTest.security.signOut();
        Locale.setDefault(previous);
    }

    void signIn(String user) throws Exception {
        ExchangeTest.security.signOut();
        ExchangeTest.security.signIn(user, ExchangeTest.PASSWORD.toCharArray());
    }

    /** Sites of the street 元和街道 (X-1, X-1-1) and of the street 太平街道 (X-7-1). */
    Path sites() throws Exception {
        Path file = dir.resolve("sites.csv");
        Files.writeString(file, "title,site,amount\n" + "元和街道的一行,X-1,1\n" + "华辰嘉园的一行,X-1-1,2\n" + "太平街道莲港社区的一行,X-7-1,3\n",
                StandardCharsets.UTF_8);
        return file;
    }

    /** Rows with a community column: X-1-1 (元和街道) and X-7-1 (太平街道). */
    Path samples() throws Exception {
        Path file = dir.resolve("samples.csv");
        Files.writeString(file, "title,community\n" + "华辰嘉园的一行,X-1-1\n" + "莲港社区的一行,莲港社区\n", StandardCharsets.UTF_8);
        return file;
    }

    ImportResult importFile(String format, Path file, ImportOptions options) throws ExchangeException {
        return ExchangeTest.exchange.importFile(format, file, options, null);
    }

    @Test
    void aDistrictAdministratorWithoutAUnitImportsEverywhere() throws Exception {
        signIn("admin-nounit");
        ImportResult sites = importFile("test-sites", sites(), ImportOptions.defaults());
        assertEquals(ImportResult.Status.IMPORTED, sites.status(), sites.problems().toString());
        assertEquals(3, sites.rowsWritten());
        ImportResult samples = importFile("test-samples-permitted", samples(), ImportOptions.defaults());
        assertEquals(ImportResult.Status.IMPORTED, samples.status(), samples.problems().toString());
        assertEquals(5L, ExchangeTest.count());
        // and one with a unit of his own, too
        ExchangeTest.persistence.transaction(em -> em.createQuery("delete from SampleRecord").executeUpdate());
        signIn("admin-x");
        assertEquals(ImportResult.Status.IMPORTED, importFile("test-sites", sites(), ImportOptions.defaults()).status());
    }

    @Test
    void aStreetOfficerImportsRowsOfHisStreetAndIsRefusedRowsOfAnotherNamingRowAndUnit() throws Exception {
        signIn("officer-x1");
        // the unit comes from the format (ImportSession.unit): the permission is checked there
        ImportResult sites = importFile("test-sites", sites(), ImportOptions.defaults());
        assertEquals(ImportResult.Status.INVALID, sites.status());
        assertEquals(1, sites.problemCount(), sites.problems().toString());
        Problem denied = sites.problems().get(0);
        assertEquals(4, denied.row());
        assertTrue(denied.message().contains("X-7-1") && denied.message().contains("莲港社区") && denied.message().contains("Import test records"),
                denied.message());
        assertEquals(0L, ExchangeTest.count(), "nothing is written while a row is refused");
        Locale.setDefault(Locale.ENGLISH);
        assertEquals("the row belongs to X-7-1 (莲港社区), where you do not have the permission \u201cImport test records\u201d",
                importFile("test-sites", sites(), ImportOptions.defaults()).problems().get(0).message());
        // with a rejects file the rows of his street are written
        ImportResult partial = importFile("test-sites", sites(), ImportOptions.defaults().withRejectsFile(dir.resolve("rejects.csv")));
        assertEquals(ImportResult.Status.PARTIAL, partial.status());
        assertEquals(2, partial.rowsWritten());
        assertEquals(List.of("X-1", "X-1-1"), ExchangeTest.persistence.read(em -> em.createQuery(
                "select s.unitCode from SampleRecord s order by s.unitCode", String.class).getResultList()));
        assertTrue(Files.readString(dir.resolve("rejects.csv"), StandardCharsets.UTF_8).contains("太平街道莲港社区的一行,X-7-1,3,"));
        // the unit from the row's community column: the other street's community is refused on its row and column
        ImportResult samples = importFile("test-samples-permitted", samples(), ImportOptions.defaults());
        assertEquals(ImportResult.Status.INVALID, samples.status());
        assertEquals(1, samples.problemCount(), samples.problems().toString());
        assertEquals(3, samples.problems().get(0).row());
        assertEquals(Optional.of("community"), samples.problems().get(0).column());
        assertTrue(samples.problems().get(0).message().contains("莲港社区"), samples.problems().get(0).message());
    }

    @Test
    void aRowThatBelongsWithAStoredRecordNeedsThePermissionInThatRecordsUnit() throws Exception {
        NoteFormat.REGISTER.put("华辰嘉园的记录", "X-1-1");
        NoteFormat.REGISTER.put("莲港社区的记录", "X-7-1");
        Path file = dir.resolve("notes.csv");
        Files.writeString(file, "record,note\n华辰嘉园的记录,已回访\n莲港社区的记录,已回访\n", StandardCharsets.UTF_8);
        signIn("officer-x1");
        ImportResult notes = importFile("test-notes", file, ImportOptions.defaults());
        assertEquals(ImportResult.Status.INVALID, notes.status());
        assertEquals(1, notes.problemCount(), notes.problems().toString());
        assertEquals(3, notes.problems().get(0).row());
        assertTrue(notes.problems().get(0).message().contains("X-7-1") && notes.problems().get(0).message().contains("莲港社区"),
                notes.problems().get(0).message());
        assertEquals(0L, ExchangeTest.count(), "nothing is written while a row is refused");
        ImportResult partial = importFile("test-notes", file, ImportOptions.defaults().withRejectsFile(dir.resolve("note-rejects.csv")));
        assertEquals(ImportResult.Status.PARTIAL, partial.status());
        assertEquals(List.of("X-1-1"), ExchangeTest.persistence.read(em -> em.createQuery(
                "select s.unitCode from SampleRecord s", String.class).getResultList()), "the note is in its record's unit");
    }

    @Test
    void aCommunityWorkerWhoseRoleLacksThePermissionIsRefusedTheWholeFile() throws Exception {
        signIn("worker-hc");
        ExchangeException e = assertThrows(ExchangeException.class, () -> importFile("test-sites", sites(), ImportOptions.defaults()));
        assertEquals(ExchangeException.Kind.DENIED, e.kind());
        assertTrue(e.getMessage().contains("org.jiedao.exchange.tests.import"), e.getMessage());
        assertThrows(ExchangeException.class, () -> ExchangeTest.exchange.preview("test-samples-permitted", samples(),
                ImportOptions.defaults(), 5));
        // a format without an import permission: his community's rows as always
        ImportResult own = importFile("test-samples", samples(), ImportOptions.defaults().withRejectsFile(dir.resolve("r.csv")));
        assertEquals(1, own.rowsWritten());
        assertEquals(0L, (long) ExchangeTest.persistence.read(em -> em.createQuery(
                "select count(s) from SampleRecord s where s.unitCode <> 'X-1-1'", Long.class).getSingleResult()));
    }

    @Test
    void anAuditorIsRefusedTheWholeFile() throws Exception {
        signIn("auditor-x");
        for (String format : List.of("test-sites", "test-samples-permitted")) {
            Path file = format.equals("test-sites") ? sites() : samples();
            ExchangeException e = assertThrows(ExchangeException.class, () -> importFile(format, file, ImportOptions.defaults()));
            assertEquals(ExchangeException.Kind.DENIED, e.kind(), format);
            assertTrue(e.getMessage().contains("Import test records"), e.getMessage());
        }
        ExchangeTest.security.signOut();
        assertEquals(0L, ExchangeTest.count());
    }
}
