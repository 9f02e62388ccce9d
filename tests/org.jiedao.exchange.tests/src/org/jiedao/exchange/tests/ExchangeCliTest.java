package org.jiedao.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.jiedao.cli.internal.CliRunner;
import org.jiedao.core.cli.ExitCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** jiedao-cli import, export and formats: output and exit codes scripts rely on. */
class ExchangeCliTest {

    record Result(int exitCode, String out, String err) {
    }

    @TempDir
    Path dir;

    @BeforeAll
    static void organisation() {
        ExchangeTest.organisation();
    }

    @BeforeEach
    void clean() {
        ExchangeTest.security.signOut();
        ExchangeTest.persistence.transaction(em -> em.createQuery("delete from SampleRecord").executeUpdate());
    }

    static Result cli(String user, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("JIEDAO_USER", user, "JIEDAO_PASSWORD", ExchangeTest.PASSWORD);
        CliRunner runner = new CliRunner(Platform.getExtensionRegistry(),
                FrameworkUtil.getBundle(CliRunner.class).getBundleContext(), env::get);
        int code = runner.run(Arrays.asList(args), new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")),
                Path.of("/tmp/jiedao-cli-test"));
        ExchangeTest.security.signOut();
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void importExitCodesTellScriptsWhatHappened() throws Exception {
        Path good = Corpus.file("good.xlsx", dir);
        Result dry = cli("admin-x", "import", "test-samples", good.toString(), "--dry-run");
        assertEquals(ExitCode.OK, dry.exitCode(), dry.err());
        assertTrue(dry.out().contains("5"), dry.out());
        assertEquals(0, ExchangeTest.count());

        Result ok = cli("admin-x", "import", "test-samples", good.toString());
        assertEquals(ExitCode.OK, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("Imported 5 rows"), ok.out());
        assertEquals(5, ExchangeTest.count());

        Path invalid = Corpus.file("invalid-rows.csv", dir);
        Result bad = cli("admin-x", "import", "test-samples", invalid.toString());
        assertEquals(ExitCode.INVALID_DATA, bad.exitCode());
        assertTrue(bad.err().contains("row 3, column community: "), bad.err());
        assertTrue(bad.out().contains("7 of 10 rows have problems; nothing was written"), bad.out());
        assertEquals(5, ExchangeTest.count());

        Path rejects = dir.resolve("rejects.xlsx");
        Result partial = cli("admin-x", "import", "test-samples", invalid.toString(), "--skip-invalid", rejects.toString());
        assertEquals(ExitCode.PARTIAL, partial.exitCode(), partial.err());
        assertTrue(Files.size(rejects) > 0);
        assertEquals(8, ExchangeTest.count());

        Result damaged = cli("admin-x", "import", "test-samples", Corpus.file("truncated.xlsx", dir).toString());
        assertEquals(ExitCode.INVALID_DATA, damaged.exitCode());
        assertTrue(damaged.err().contains("damaged or incomplete"), damaged.err());
        assertFalse(damaged.err().contains("\tat "), "no stack trace");

        Result unknown = cli("admin-x", "import", "no-such-format", good.toString());
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("test-samples") && unknown.err().contains("org-units"), unknown.err());

        Result denied = cli("worker-hc", "import", "org-units", good.toString());
        assertEquals(ExitCode.DENIED, denied.exitCode(), denied.err());
    }

    @Test
    void exportWritesTheFileAndRefusesUnknownFilters() throws Exception {
        cli("admin-x", "import", "test-samples", Corpus.file("good.csv", dir).toString());
        Path out = dir.resolve("samples.csv");
        Result exported = cli("admin-x", "export", "test-samples", out.toString(), "--community", "华元社区", "--headers", "keys");
        assertEquals(ExitCode.OK, exported.exitCode(), exported.err());
        assertTrue(exported.out().contains("Exported 2 rows"), exported.out());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFtitle,community,received_on,amount,visits,kind\r\n"), text);
        assertEquals(3, text.split("\r\n").length, text);

        Result unknownFilter = cli("admin-x", "export", "test-samples", out.toString(), "--street", "X-1");
        assertEquals(ExitCode.USAGE, unknownFilter.exitCode());
        // a filter value the format refuses (InvalidFilterException): exit 2 with the format's message, no file
        Path refused = dir.resolve("refused.csv");
        Result badValue = cli("admin-x", "export", "test-samples", refused.toString(), "--community", "没有这个社区");
        assertEquals(ExitCode.USAGE, badValue.exitCode(), badValue.err());
        assertTrue(badValue.err().contains("没有这个社区") && !badValue.err().contains("Internal error"), badValue.err());
        assertFalse(Files.exists(refused));
        Result wrongType = cli("admin-x", "export", "test-samples", dir.resolve("samples.pdf").toString());
        assertEquals(ExitCode.INVALID_DATA, wrongType.exitCode(), wrongType.err());
        assertTrue(wrongType.err().contains(".xlsx or .csv"), wrongType.err());
    }

    @Test
    void formatsListsFormatsAndColumns() {
        Result list = cli("admin-x", "formats", "--format", "tsv");
        assertEquals(ExitCode.OK, list.exitCode(), list.err());
        assertTrue(list.out().contains("org-units\tOrganisation units\tyes\tyes\torg.jiedao.exchange"), list.out());
        Result columns = cli("admin-x", "formats", "org-units");
        assertTrue(columns.out().contains("level") && columns.out().contains("层级") && columns.out().contains("district, street"),
                columns.out());
        assertTrue(columns.out().contains("--under"), columns.out());
    }
}
