package org.jiedao.eldercare.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.Courses;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.EnrolmentStatus;
import org.jiedao.eldercare.MutualAid;
import org.jiedao.eldercare.NewElder;
import org.jiedao.eldercare.ui.internal.CoursesPart;
import org.jiedao.eldercare.ui.internal.PairsPart;
import org.jiedao.testing.Services;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.testing.WorkbenchRunner;
import org.jiedao.ui.widgets.RecordTable;
import org.junit.jupiter.api.Test;

/**
 * 老年学校 and 互助结对 in the real workbench, in Chinese, with real clicks: a community worker withdraws an
 * elder from a full course and sees the first on the waiting list move up by itself; then asks for pair
 * suggestions and takes one.
 */
class SchoolAndPairsWorkbenchTest {

    private static final String PASSWORD = "Jinxiang-Xuetang-2021!";

    @Test
    void theWaitingListMovesUpAndASuggestedPairIsTaken() throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        ElderRegistry registry = Services.await(ElderRegistry.class);
        Courses courses = Services.await(Courses.class);
        MutualAid aid = Services.await(MutualAid.class);
        security.signOut();
        if (units.find("K").isEmpty()) {
            units.create("K", "姑苏区", OrgLevel.DISTRICT, null);
            units.create("K-2", "金阊街道", OrgLevel.STREET, "K");
            units.create("K-2-1", "三元一村社区", OrgLevel.COMMUNITY, "K-2");
            security.createUser("school", "三元一村社区工作者", Role.COMMUNITY_WORKER, "K-2-1", PASSWORD.toCharArray());
        }
        security.signIn("school", PASSWORD.toCharArray());
        LocalDate today = LocalDate.now();
        long a = registry.register(new NewElder(ElderRegistryWorkbenchTest.number(today.minusYears(66).minusDays(3), 71), "周秀兰", "K-2-1", "7", "2",
                "3", null, false, null, null, null, null));
        long b = registry.register(new NewElder(ElderRegistryWorkbenchTest.number(today.minusYears(68).minusDays(3), 73), "吴建华", "K-2-1", "9", "1",
                "1", null, false, null, null, null, null));
        long c = registry.register(new NewElder(ElderRegistryWorkbenchTest.number(today.minusYears(86).minusDays(3), 82), "郑阿婆", "K-2-1", "7", "2",
                "5", null, true, null, null, null, null));
        courses.createCourse("K-2-1", "K-YOGA", "瑜伽", "2026春", 2);
        assertEquals(EnrolmentStatus.ENROLLED, courses.enrol("K-YOGA", a));
        assertEquals(EnrolmentStatus.ENROLLED, courses.enrol("K-YOGA", b));
        assertEquals(EnrolmentStatus.WAITING, courses.enrol("K-YOGA", c));
        security.signOut();

        AtomicBoolean done = new AtomicBoolean();
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell window = driver.signIn("school", PASSWORD);
            driver.selectMenu(window, "为老服务", "老年学校");
            RecordTable<Courses.Course> table = table(driver, window, CoursesPart.COURSES);
            driver.waitUntil("the course", () -> table.getRowCount() == 1 && !table.isLoading());
            driver.onUi(() -> {
                assertEquals("瑜伽", table.getText(0, 1));
                assertEquals(CoursesPart.FULL_BACKGROUND, table.getRowBackground(0), "a full course stands out");
            });
            select(driver, table, 0);
            RecordTable<Courses.Enrolment> enrolments = table(driver, window, CoursesPart.ENROLMENTS);
            driver.waitUntil("its three enrolments", () -> enrolments.getRowCount() == 3 && !enrolments.isLoading());
            assertEquals(List.of("已报名", "已报名", "候补第 1 位"), texts(driver, enrolments, 0));
            assertEquals("郑阿婆", driver.onUi(() -> enrolments.getText(2, 1)));
            select(driver, enrolments, 0);
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, CoursesPart.WITHDRAW)));
            driver.waitUntil("the waiting elder moved up", () -> !enrolments.isLoading() && enrolments.getRowCount() == 2
                    && enrolments.getText(0, 0).equals("已报名") && enrolments.getText(1, 0).equals("已报名"));
            assertTrue(texts(driver, enrolments, 1).contains("郑阿婆"), "郑阿婆 has the freed place");

            driver.selectMenu(window, "为老服务", "互助结对");
            RecordTable<MutualAid.Suggestion> suggestions = table(driver, window, PairsPart.SUGGESTIONS);
            RecordTable<MutualAid.Pair> pairs = table(driver, window, PairsPart.PAIRS);
            driver.waitUntil("no pairs yet", () -> pairs.getRowCount() == 0 && !pairs.isLoading());
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, PairsPart.SUGGEST)));
            driver.waitUntil("a suggestion", () -> suggestions.getRowCount() == 1 && !suggestions.isLoading());
            driver.onUi(() -> {
                assertTrue(suggestions.getText(0, 0).startsWith("郑阿婆"), suggestions.getText(0, 0));
                assertTrue(suggestions.getText(0, 1).startsWith("周秀兰"), "the younger elder of the same stairwell: " + suggestions.getText(0, 1));
                assertTrue(!suggestions.getText(0, 2).isBlank(), "with its reason");
            });
            select(driver, suggestions, 0);
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, PairsPart.TAKE)));
            driver.waitUntil("the pair", () -> pairs.getRowCount() == 1 && !pairs.isLoading() && pairs.getText(0, 2).startsWith("郑阿婆"));
            driver.screenshot("eldercare-pairs");
            driver.selectMenu(window, "文件", "退出");
            driver.waitUntil("the workbench to close", window::isDisposed);
            done.set(true);
        });
        assertTrue(done.get());
        security.signIn("school", PASSWORD.toCharArray());
        assertEquals(1, aid.pairs("K-2-1").size());
        assertEquals(List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.ENROLLED), courses.enrolments("K-YOGA").stream().map(Courses.Enrolment::status)
                .toList());
        security.signOut();
    }

    static List<String> texts(SwtDriver driver, RecordTable<?> table, int column) {
        return driver.onUi(() -> {
            List<String> out = new java.util.ArrayList<>();
            for (int i = 0; i < table.getRowCount(); i++) {
                out.add(table.getText(i, column));
            }
            return out;
        });
    }

    static void select(SwtDriver driver, RecordTable<?> table, int row) {
        driver.onUi(() -> {
            table.getNatTable().doCommand(new SelectRowsCommand(table.getNatTable(), 1, row + 2, false, false));
        });
        driver.waitUntil("row " + row + " selected", () -> table.getSelection().size() == 1);
    }

    @SuppressWarnings("unchecked")
    static <T> RecordTable<T> table(SwtDriver driver, Shell window, String key) {
        Canvas control = driver.waitFor(window, Canvas.class, c -> c.getData(key) != null && c.isVisible());
        return (RecordTable<T>) driver.onUi(() -> control.getData(key));
    }
}
