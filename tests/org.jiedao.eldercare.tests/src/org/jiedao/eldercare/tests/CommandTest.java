package org.jiedao.eldercare.tests;

import static org.jiedao.eldercare.tests.Fixture.SANYUAN;
import static org.jiedao.eldercare.tests.Fixture.elder;
import static org.jiedao.eldercare.tests.Fixture.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.jiedao.core.cli.CommandException;
import org.jiedao.core.cli.ExitCode;
import org.jiedao.core.contributions.Contributions;
import org.jiedao.eldercare.Bookings;
import org.jiedao.eldercare.Courses;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.NewElder;
import org.jiedao.eldercare.Renovations;
import org.jiedao.eldercare.ServiceKind;
import org.jiedao.eldercare.internal.cli.EldercareCommand;
import org.jiedao.testing.CommandRun;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code jiedao-cli eldercare …} as the launcher runs it: the command created with its services injected, its output and exit codes. */
class CommandTest {

    static ElderRegistry registry;

    @BeforeAll
    static void services() {
        Fixture.organisation();
        registry = Services.await(ElderRegistry.class);
    }

    @BeforeEach
    void clean() {
        Fixture.clean();
    }

    static String run(String... args) throws CommandException, org.eclipse.core.runtime.CoreException {
        CommandRun.Result result = CommandRun.run(Contributions.create(EldercareCommand.class), "eldercare", args);
        assertEquals(ExitCode.OK, result.exitCode());
        return result.out();
    }

    @Test
    void statsEldersAndMasking() throws Exception {
        signIn("eld-worker");
        LocalDate on = LocalDate.of(2026, 6, 30);
        String number = Fixture.idNumber(on.minusYears(81));
        registry.register(new NewElder(number, "张桂兰", SANYUAN, "12", "3", "5", "13912345678", true, null, null, null, null));
        registry.register(elder("李", 62, on, SANYUAN, "12", "3", "1", false, null));
        registry.register(elder("赵", 58, on, SANYUAN, "12", "3", "1", false, null));
        registry.setPopulation(SANYUAN, 2026, 8);
        assertEquals("year\tcommunity\tpopulation\taged_60\taged_80\tshare_60\tliving_alone\n2026\t" + SANYUAN + "\t8\t2\t1\t25.0\t1\n",
                run("stats", "--year", "2026", "--on", "2026-06-30", "--format", "tsv").replace("\r", ""));
        String table = run("stats", "--community", "三元一村社区", "--on", "2026-06-30");
        assertTrue(table.contains("三元一村社区") && table.contains("25.0 %") && table.contains("Ages on 2026-06-30."), table);

        String mine = run("elders", "--living-alone", "--format", "tsv");
        assertTrue(mine.contains(number) && mine.contains("张桂兰") && mine.contains("13912345678"), mine);
        assertEquals(2, mine.lines().count(), "the header and the one living alone");
        signIn("eld-officer");
        String masked = run("elders", "--age-from", "60");
        assertFalse(masked.contains(number) || masked.contains("张桂兰") || masked.contains("13912345678"), masked);
        assertTrue(masked.contains(number.substring(0, 4) + "**********" + number.substring(14)) && masked.contains("张**")
                && masked.contains("139****5678") && masked.contains("are masked") && masked.contains("2 in all."), masked);
    }

    @Test
    void theRenovationWorkflowBookingsEnrolmentsAndPairs() throws Exception {
        signIn("eld-officer");
        Renovations renovations = Services.await(Renovations.class);
        renovations.setCatalogueItem("GRAB-BAR", "扶手及紧急呼叫按钮", new BigDecimal("1280.50"));
        renovations.setCatalogueItem("NIGHT-LIGHT", "感应夜灯", new BigDecimal("39.90"));
        renovations.setSubsidyRule(LocalDate.now().getYear(), "特困", new BigDecimal("100"), new BigDecimal("5000"));
        renovations.setSubsidyRule(LocalDate.now().getYear(), Renovations.OTHERS, new BigDecimal("50"), new BigDecimal("3000"));
        signIn("eld-worker");
        LocalDate today = LocalDate.now();
        long older = registry.register(elder("老张", 85, today, SANYUAN, "12", "3", "5", true, "特困"));
        long younger = registry.register(elder("小王", 64, today, SANYUAN, "12", "3", "2", false, null));
        long id = renovations.apply(older, today, null);
        assertEquals("Application " + id + ": assessed\n", run("renovation", "assess", String.valueOf(id), "--items", "GRAB-BAR*1; NIGHT-LIGHT*3")
                .replace("\r", ""));
        CommandException refused = assertThrows(CommandException.class, () -> run("renovation", "approve", String.valueOf(id)));
        assertEquals(ExitCode.INVALID_DATA, refused.exitCode());
        signIn("eld-officer");
        assertEquals("Application " + id + ": approved, approved 1400.20 yuan, subsidy 1400.20 yuan\n",
                run("renovation", "approve", String.valueOf(id)).replace("\r", ""));
        String list = run("renovation", "list", "--status", "approved", "--format", "tsv");
        assertTrue(list.contains(id + "\t老*\t" + SANYUAN + "\t" + today + "\tapproved\t" + today.plusDays(30) + "\t\t1400.20\t1400.20"), list);
        assertEquals(1, run("renovation", "list", "--overdue", "--format", "tsv").lines().count(), "only the header: nothing overdue");
        CommandException late = assertThrows(CommandException.class, () -> run("renovation", "accept", String.valueOf(id)));
        assertTrue(late.getMessage().contains("cannot be accepted"), late.getMessage());
        signIn("eld-worker");
        run("renovation", "install", String.valueOf(id));
        assertTrue(assertThrows(CommandException.class, () -> run("renovation", "reject", String.valueOf(id), "--reason", "不需要")).getMessage()
                .contains("can no longer be rejected"));
        assertTrue(run("renovation", "accept", String.valueOf(id)).contains(": accepted"));

        Bookings bookings = Services.await(Bookings.class);
        bookings.defineService(SANYUAN, ServiceKind.MEAL, 1, Set.of());
        LocalDate day = today.minusDays(1);
        assertTrue(run("book", "--service", "meal", "--elder", String.valueOf(older), "--on", day.toString()).contains("Booking "));
        CommandException full = assertThrows(CommandException.class,
                () -> run("book", "--service", "助餐", "--elder", registry.find(younger).orElseThrow().idNumber(), "--on", day.toString()));
        assertEquals(ExitCode.INVALID_DATA, full.exitCode());
        assertTrue(full.getMessage().contains("is full: 1 places"), full.getMessage());

        Services.await(Courses.class).createCourse(SANYUAN, "SX-SF", "书法", "2026秋", 1);
        assertEquals("SX-SF: enrolled.\n", run("enrol", "--course", "SX-SF", "--elder", String.valueOf(younger)).replace("\r", ""));
        assertEquals("SX-SF: waiting.\n", run("enrol", "--course", "SX-SF", "--elder", String.valueOf(older)).replace("\r", ""));

        String suggest = run("pairs", "suggest", "--community", SANYUAN, "--format", "tsv");
        assertEquals("younger_id\tyounger\tyounger_age\tolder_id\tolder\tolder_age\treason\n" + younger + "\t小王\t64\t" + older + "\t老张\t85\tsame-stairwell\n",
                suggest.replace("\r", ""));
        assertTrue(run("pairs", "suggest").contains("same stairwell 12幢3单元"));
        String unvisited = run("pairs", "unvisited", "--days", "14");
        assertTrue(unvisited.contains("老张") && unvisited.contains("1 older elders living alone without a visit in 14 days."), unvisited);
    }

    @Test
    void marketHoldAndList() throws Exception {
        signIn("eld-worker");
        LocalDate day = LocalDate.now().minusMonths(1).withDayOfMonth(10);
        assertTrue(run("market", "hold", "--community", "三元一村社区", "--on", day.toString(), "--visitors", "150", "--stalls", "修伞:12; 磨刀(王师傅):20",
                "--place", "初心广场").contains("2 stalls, 150 visitors"));
        CommandException twice = assertThrows(CommandException.class, () -> run("market", "hold", "--community", SANYUAN, "--on", day.toString(),
                "--visitors", "10", "--stalls", "修伞:1"));
        assertEquals(ExitCode.INVALID_DATA, twice.exitCode());
        assertTrue(twice.getMessage().contains("one market a month"), twice.getMessage());
        assertEquals(ExitCode.USAGE, assertThrows(CommandException.class, () -> run("market", "hold", "--community", SANYUAN, "--on", day.toString(),
                "--visitors", "10", "--stalls", "修伞 1")).exitCode(), "not a stall");
        String list = run("market", "list", "--format", "tsv").replace("\r", "");
        assertEquals("id\theld_on\tcommunity\tplace\tvisitors\tserved\tstalls", list.lines().findFirst().orElseThrow());
        assertTrue(list.contains("\t" + day + "\t" + SANYUAN + "\t初心广场\t150\t32\t修伞:12; 磨刀(王师傅):20"), list);
    }
}
