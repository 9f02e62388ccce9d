package org.jiedao.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.jiedao.core.persistence.AuditCheckpoint;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.testing.Services;
import org.jiedao.testing.TestOrganisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * {@code jiedao-cli audit checkpoint [--out FILE]} and {@code audit verify --checkpoint FILE...}: the file holds the
 * chain's head and the installation, the database records the last checkpoint, a checkpoint of another installation
 * or a file that is no checkpoint is refused (exit 3), and only auditors and district administrators take them.
 * (The rewrite a checkpoint catches is shown on Derby and PostgreSQL by the persistence tests' DatabaseContract.)
 */
class AuditCheckpointCliTest {

    private static final TestOrganisation ORG = TestOrganisation.suzhou();

    record Result(int exitCode, String out, String err) {
    }

    @BeforeAll
    static void organisation() {
        ORG.ensure();
        ORG.signOut();
    }

    private static Result cli(String who, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("JIEDAO_USER", who, "JIEDAO_PASSWORD", TestOrganisation.PASSWORD);
        int code = new CliRunner(Platform.getExtensionRegistry(), FrameworkUtil.getBundle(CliRunner.class).getBundleContext(), env::get)
                .run(Arrays.asList(args), new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")),
                        Path.of("/tmp/jiedao-cli-test"));
        ORG.signOut();
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void aCheckpointIsWrittenRecordedAndVerified() throws Exception {
        Path dir = Files.createTempDirectory("jiedao-checkpoints-");
        Path file = dir.resolve("sub").resolve("checkpoint-1.txt");
        Result taken = cli(TestOrganisation.AUDITOR, "audit", "checkpoint", "--out", file.toString());
        assertEquals(ExitCode.OK, taken.exitCode(), taken.err());
        AuditCheckpoint checkpoint = AuditCheckpoint.parse(Files.readString(file, StandardCharsets.US_ASCII));
        assertTrue(taken.out().startsWith(checkpoint.format()), "printed as written: " + taken.out());
        PersistenceService persistence = Services.await(PersistenceService.class);
        assertEquals(persistence.installationId(), checkpoint.installationId());
        assertEquals(java.util.Optional.of(checkpoint), persistence.lastAuditCheckpoint(), "the database records it");

        Result printed = cli(TestOrganisation.ADMIN, "audit", "checkpoint");
        assertEquals(ExitCode.OK, printed.exitCode(), printed.err());
        AuditCheckpoint second = AuditCheckpoint.parse(printed.out());
        assertTrue(second.seq() >= checkpoint.seq());
        Path secondFile = dir.resolve("checkpoint-2.txt");
        Files.writeString(secondFile, printed.out(), StandardCharsets.US_ASCII);

        Result verified = cli(TestOrganisation.AUDITOR, "audit", "verify", "--checkpoint", file.toString(), secondFile.toString());
        assertEquals(ExitCode.OK, verified.exitCode(), verified.err());
        assertTrue(verified.out().contains(file.toAbsolutePath().toString()) && verified.out().contains(secondFile.toAbsolutePath().toString()),
                verified.out());
    }

    @Test
    void aCheckpointOfAnotherInstallationOrAFileThatIsNoneIsRefused() throws Exception {
        Path dir = Files.createTempDirectory("jiedao-checkpoints-");
        Path other = dir.resolve("other.txt");
        Files.writeString(other, new AuditCheckpoint(1, "0".repeat(64), java.time.LocalDateTime.of(2026, 1, 5, 9, 0),
                "00000000-0000-0000-0000-000000000000").format(), StandardCharsets.US_ASCII);
        Result refused = cli(TestOrganisation.AUDITOR, "audit", "verify", "--checkpoint", other.toString());
        assertEquals(ExitCode.INVALID_DATA, refused.exitCode(), refused.out() + refused.err());
        assertTrue(refused.err().contains("00000000-0000-0000-0000-000000000000")
                && refused.err().contains(Services.await(PersistenceService.class).installationId()), refused.err());

        Path notOne = dir.resolve("notes.txt");
        Files.writeString(notOne, "seq=5\n", StandardCharsets.US_ASCII);
        Result garbage = cli(TestOrganisation.AUDITOR, "audit", "verify", "--checkpoint", notOne.toString());
        assertEquals(ExitCode.INVALID_DATA, garbage.exitCode(), garbage.err());
        assertTrue(garbage.err().contains(notOne.toAbsolutePath().toString()), garbage.err());

        assertEquals(ExitCode.USAGE, cli(TestOrganisation.AUDITOR, "audit", "verify", "--checkpoint").exitCode());
        assertEquals(ExitCode.INVALID_DATA,
                cli(TestOrganisation.AUDITOR, "audit", "verify", "--checkpoint", dir.resolve("missing.txt").toString()).exitCode());
    }

    @Test
    void onlyAuditorsAndDistrictAdministratorsTakeCheckpoints() {
        for (String who : new String[] { TestOrganisation.WORKER, TestOrganisation.STREET_OFFICER }) {
            Result denied = cli(who, "audit", "checkpoint");
            assertEquals(ExitCode.DENIED, denied.exitCode(), who + ": " + denied.out() + denied.err());
            assertTrue(denied.out().isEmpty(), denied.out());
        }
    }
}
