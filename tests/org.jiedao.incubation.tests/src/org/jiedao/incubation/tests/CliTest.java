package org.jiedao.incubation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jiedao.core.cli.CliCommand;
import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.incubation.IncubationQueries;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.IncubationSelection;
import org.jiedao.incubation.ProjectStatus;
import org.jiedao.incubation.Records.ProjectInput;
import org.jiedao.incubation.internal.cli.IncubationCommand;
import org.jiedao.testing.CommandRun;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jiedao-cli incubation ...}: the command as the platform creates it (services injected), on Derby. */
class CliTest {

    static PersistenceService persistence;
    static IncubationRegistry registry;
    static IncubationSelection selection;

    @TempDir
    Path dir;

    @BeforeAll
    static void services() {
        IncubationTest.organisation();
        persistence = Services.await(PersistenceService.class);
        registry = Services.await(IncubationRegistry.class);
        selection = Services.await(IncubationSelection.class);
    }

    @BeforeEach
    void data() throws Exception {
        IncubationTest.security.signOut();
        Tables.clear(persistence);
        IncubationTest.signIn("street-i");
        registry.addStation(IncubationTest.GUIHUA, "桂花驿站", null, LocalDate.of(2018, 6, 1), null, true);
        registry.addStation(IncubationTest.DAOQIAN, "道前驿站", null, LocalDate.of(2018, 6, 1), null, true);
        Services.await(IncubationQueries.class).setPlan(IncubationTest.STREET, LocalDate.of(2020, 6, 11), null);
        registry.addProject(new ProjectInput("GH-01", "桂花手作", "张三", "13912345678", "文创", false, null, null, false, IncubationTest.GUIHUA,
                LocalDate.of(2018, 7, 1), null, ProjectStatus.RESIDENT));
        registry.setFigures("GH-01", 2019, 12, new BigDecimal("350000.00"));
        registry.addProject(new ProjectInput("S1", "学生甲", "李四", null, "文创", true, "苏州工艺美院", 2021, false, IncubationTest.STREET, null, null,
                ProjectStatus.APPLIED));
        registry.addProject(new ProjectInput("S2", "学生乙", "王五", null, "文创", true, "苏州工艺美院", 2021, true, IncubationTest.STREET, null, null,
                ProjectStatus.APPLIED));
        registry.addIncubator(IncubationTest.STREET, "谷·姑苏社", 1, true);
        selection.createRound("2020-1", IncubationTest.STREET);
        selection.apply("2020-1", "S1", IncubationTest.GUIHUA, 1);
        selection.apply("2020-1", "S2", IncubationTest.GUIHUA, 1);
        selection.rank("2020-1", IncubationTest.GUIHUA, "S1", 1, 1);
        selection.rank("2020-1", IncubationTest.GUIHUA, "S2", 1, 1);
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) throws CommandException {
        CliCommand command;
        try {
            command = Contributions.create(IncubationCommand.class);
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new IllegalStateException(e);
        }
        CommandRun.Result result = CommandRun.run(command, "incubation", args);
        return new Run(result.exitCode(), result.out(), result.err());
    }

    @Test
    void coverageAndProjects() throws Exception {
        Run r = run("coverage", "--street", IncubationTest.STREET, "--on", "2021-01-10", "--format", "tsv");
        assertEquals(ExitCode.OK, r.code());
        assertTrue(r.out().contains(IncubationTest.STREET + "\t2021-01-10\t2\t4\t2022-06-11\t517\t潼一社区,潼二社区"), r.out());
        r = run("projects", "--community", "桂花社区", "--status", "resident", "--format", "json");
        assertTrue(r.out().contains("\"code\"") && r.out().contains("GH-01") && !r.out().contains("S1"), r.out());
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class, () -> run("projects", "--status", "gone")).exitCode());
    }

    /**
     * An unknown community is the platform's refusal, not wrapped by the module: its {@code OrgUnitException} with the
     * platform's own message reaches the CLI runner, which exits 3 with it (tested in org.jiedao.cli.tests).
     */
    @Test
    void anUnknownCommunityIsRefusedWithThePlatformsMessage() {
        org.jiedao.core.org.OrgUnitException refused = assertThrows(org.jiedao.core.org.OrgUnitException.class,
                () -> run("projects", "--community", "不存在社区"));
        String platforms = assertThrows(org.jiedao.core.org.OrgUnitException.class,
                () -> Services.await(org.jiedao.core.org.OrgUnitService.class).findInScope("不存在社区")).getMessage();
        assertEquals(platforms, refused.getMessage());
        assertTrue(refused.getMessage().contains("不存在社区"), refused.getMessage());
    }

    @Test
    void allocateAndDesks() throws Exception {
        Run r = run("allocate", "--incubator", "谷·姑苏社", "--student", "王一", "--school", "苏州工艺美院", "--from", "2021-01-01", "--to",
                "2021-06-30", "--project", "S1");
        assertEquals(ExitCode.OK, r.code(), r.err());
        CommandException full = assertThrows(CommandException.class, () -> run("allocate", "--incubator", "谷·姑苏社", "--student", "王二",
                "--school", "苏州工艺美院", "--from", "2021-06-01", "--to", "2021-07-31", "--graduation-year", "2021"));
        assertEquals(ExitCode.INVALID_DATA, full.exitCode());
        assertTrue(full.getMessage().contains("2021-06-01") && full.getMessage().contains("王一"), full.getMessage());
        assertEquals(ExitCode.INVALID_DATA, assertThrows(CommandException.class, () -> run("allocate", "--incubator", "谷·姑苏社", "--student",
                "王三", "--school", "苏州工艺美院", "--from", "2021-08-01", "--to", "2021-08-31")).exitCode(), "no graduation year");
        r = run("desks", "--incubator", "谷·姑苏社", "--on", "2021-03-01", "--format", "tsv");
        assertTrue(r.out().contains("王一\t苏州工艺美院\t2021\tS1\t2021-01-01\t2021-06-30"), r.out());
    }

    @Test
    void matchExplainConfirm() throws Exception {
        assertEquals(ExitCode.INVALID_DATA, assertThrows(CommandException.class, () -> run("match", "--round", "2020-1", "--confirm")).exitCode(),
                "confirming needs a run first");
        Run r = run("match", "--round", "2020-1", "--format", "tsv");
        assertEquals("round\tproject\tcommunity\tproject_rank\tcommunity_rank\n2020-1\tS1\t\t\t\n2020-1\tS2\t" + IncubationTest.GUIHUA
                + "\t1\t1\n", r.out().replace("\r\n", "\n"));
        r = run("explain", "--round", "2020-1", "--project", "S1");
        assertTrue(r.out().contains("S2") && r.out().contains("桂花社区"), r.out());
        r = run("match", "--round", "2020-1", "--confirm");
        assertEquals(ExitCode.OK, r.code());
        assertEquals(List.of("GH-01", "S2"), registry.projects(IncubationTest.GUIHUA, ProjectStatus.RESIDENT).stream().map(p -> p.code()).toList());
    }

    @Test
    void summaryPdf() throws Exception {
        Path pdf = dir.resolve("summary.pdf");
        Run r = run("summary", "--year", "2019", "--street", "沧浪街道", "--pdf", pdf.toString());
        assertEquals(ExitCode.OK, r.code());
        byte[] bytes = Files.readAllBytes(pdf);
        assertTrue(bytes.length > 1000 && new String(bytes, 0, 5).equals("%PDF-"));
    }
}
