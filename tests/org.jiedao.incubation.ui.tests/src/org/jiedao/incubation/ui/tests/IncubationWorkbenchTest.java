package org.jiedao.incubation.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.incubation.IncubationDesks;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.IncubationSelection;
import org.jiedao.incubation.ProjectStatus;
import org.jiedao.incubation.Records.DeskRequest;
import org.jiedao.incubation.Records.MatchRow;
import org.jiedao.incubation.Records.ProjectInput;
import org.jiedao.incubation.RoundStatus;
import org.jiedao.incubation.Records.Project;
import org.jiedao.incubation.Records.YearFigure;
import org.jiedao.incubation.ui.internal.ApplicationDialog;
import org.jiedao.incubation.ui.internal.FiguresDialog;
import org.jiedao.incubation.ui.internal.IncubatorDialog;
import org.jiedao.incubation.ui.internal.ProjectDialog;
import org.jiedao.incubation.ui.internal.RankingDialog;
import org.jiedao.incubation.ui.internal.DesksPart;
import org.jiedao.incubation.ui.internal.ProjectsPart;
import org.jiedao.incubation.ui.internal.StationDialog;
import org.jiedao.incubation.ui.internal.SelectionPart;
import org.jiedao.testing.Services;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.testing.WorkbenchRunner;
import org.jiedao.ui.widgets.RecordTable;
import org.junit.jupiter.api.Test;

/**
 * 创业驿站 in the real workbench, in Chinese, with real clicks: a street officer runs a selection round,
 * reads a project's explanation, reviews and confirms it; then reads an incubator's desk calendar.
 */
class IncubationWorkbenchTest {

    private static final String PASSWORD = "Gusu-Station-2020!";
    static final String STREET = "320508001";
    static final String GUIHUA = "320508001001";
    static final String DAOQIAN = "320508001002";

    @Test
    void aStreetOfficerRunsReviewsAndConfirmsARoundAndReadsTheDeskCalendar() throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        IncubationRegistry registry = Services.await(IncubationRegistry.class);
        IncubationSelection selection = Services.await(IncubationSelection.class);
        IncubationDesks desks = Services.await(IncubationDesks.class);
        security.signOut();
        units.create("320508", "姑苏区", OrgLevel.DISTRICT, null);
        units.create(STREET, "沧浪街道", OrgLevel.STREET, "320508");
        units.create(GUIHUA, "桂花社区", OrgLevel.COMMUNITY, STREET);
        units.create(DAOQIAN, "道前社区", OrgLevel.COMMUNITY, STREET);
        security.createUser("canglang", "沧浪街道工作人员", Role.STREET_OFFICER, STREET, PASSWORD.toCharArray());
        registry.addStation(GUIHUA, "桂花社区家门口创业驿站", null, LocalDate.of(2018, 6, 1), null, true);
        registry.addStation(DAOQIAN, "道前社区家门口创业驿站", null, LocalDate.of(2018, 6, 1), null, true);
        for (String[] p : new String[][] { { "S1", "漆艺小课堂", "false" }, { "S2", "纸雕灯具设计", "true" }, { "S3", "旧城手绘地图", "false" } }) {
            registry.addProject(new ProjectInput(p[0], p[1], null, null, "文创", true, "苏州工艺美院", 2021, Boolean.parseBoolean(p[2]), STREET, null,
                    null, ProjectStatus.APPLIED));
        }
        selection.createRound("2020年第一轮", STREET);
        selection.apply("2020年第一轮", "S1", GUIHUA, 1);
        selection.apply("2020年第一轮", "S1", DAOQIAN, 2);
        selection.apply("2020年第一轮", "S2", GUIHUA, 1);
        selection.apply("2020年第一轮", "S3", DAOQIAN, 1);
        selection.rank("2020年第一轮", GUIHUA, "S1", 1, 1);
        selection.rank("2020年第一轮", GUIHUA, "S2", 1, 1);
        selection.rank("2020年第一轮", DAOQIAN, "S1", 1, 1);
        selection.rank("2020年第一轮", DAOQIAN, "S3", 2, 1);
        registry.addProject(new ProjectInput("D1", "道前咖啡", "李四", "13812345678", "餐饮", false, null, null, false, DAOQIAN,
                LocalDate.of(2019, 3, 1), null, ProjectStatus.RESIDENT));
        registry.addProject(new ProjectInput("G1", "桂花手作", "张三丰", "13912345678", "文创", false, null, null, false, GUIHUA,
                LocalDate.of(2018, 7, 1), null, ProjectStatus.RESIDENT));
        security.createUser("shenji", "审计员", Role.AUDITOR, null, PASSWORD.toCharArray());
        registry.addIncubator(STREET, "谷·姑苏社", 2, true);
        YearMonth month = YearMonth.now();
        desks.allocate(new DeskRequest("谷·姑苏社", "王一", "苏州工艺美院", month.getYear(), null, month.atDay(1), month.atDay(20)));
        desks.allocate(new DeskRequest("谷·姑苏社", "王二", "苏州工艺美院", month.getYear(), null, month.atDay(10), month.atEndOfMonth()));

        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell window = driver.signIn("canglang", PASSWORD);

            // a new station through its editor, with real clicks and keys
            driver.selectMenu(window, "创业驿站", "驿站与入驻项目");
            Canvas stationsControl = driver.waitFor(window, Canvas.class, c -> c.getData(ProjectsPart.STATIONS) != null && c.isVisible());
            RecordTable<?> stations = (RecordTable<?>) driver.onUi(() -> stationsControl.getData(ProjectsPart.STATIONS));
            driver.waitUntil("the two stations", () -> stations.getRowCount() == 2 && !stations.isLoading());
            driver.click(driver.onUi(() -> SwtDriver.find(window, Button.class, b -> b.getText().equals("新建驿站…"))));
            Shell stationDialog = driver.waitForShell("新建驿站");
            Combo community = driver.onUi(() -> SwtDriver.findByData(stationDialog, Combo.class, StationDialog.COMMUNITY));
            driver.onUi(() -> {
                community.select(community.indexOf("道前社区"));
                community.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            });
            driver.fill(stationDialog, StationDialog.NAME, "Daoqian 2");
            driver.fill(stationDialog, StationDialog.OPENED, "2019-13-01");
            Button ok = driver.onUi(() -> SwtDriver.find(stationDialog, Button.class, IncubationWorkbenchTest::isOk));
            driver.waitUntil("OK disabled while the day is wrong", () -> !driver.onUi(ok::isEnabled));
            driver.fill(stationDialog, StationDialog.OPENED, "2019-10-01");
            driver.waitUntil("OK enabled", () -> driver.onUi(ok::isEnabled));
            driver.click(ok);
            driver.waitForClosed(stationDialog);
            driver.waitUntil("the new station in the table", () -> stations.getRowCount() == 3 && !stations.isLoading());
            assertEquals("道前社区", registry.stations().stream().filter(st -> st.name().equals("Daoqian 2")).findFirst().orElseThrow().communityName());

            // the project editor: the street officer sees the founder's phone in clear and changes it
            Canvas projectsControl = driver.onUi(() -> SwtDriver.find(window, Canvas.class, c -> c.getData(ProjectsPart.TABLE) != null));
            @SuppressWarnings("unchecked")
            RecordTable<Project> projects = (RecordTable<Project>) driver.onUi(() -> projectsControl.getData(ProjectsPart.TABLE));
            driver.waitUntil("the five projects", () -> projects.getRowCount() == 5 && !projects.isLoading());
            selectRow(driver, projects, "D1");
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, ProjectsPart.EDIT_PROJECT)));
            Shell projectDialog = driver.waitForShell("编辑项目 D1");
            Text phone = driver.onUi(() -> SwtDriver.findByData(projectDialog, Text.class, ProjectDialog.PHONE));
            String shownPhone = driver.onUi(() -> { return phone.getText(); });
            assertEquals("13812345678", shownPhone);
            assertTrue(driver.onUi(phone::getEditable), "a street officer may change the phone");
            driver.fill(projectDialog, ProjectDialog.PHONE, "0512-65000000");
            driver.click(driver.onUi(() -> SwtDriver.find(projectDialog, Button.class, IncubationWorkbenchTest::isOk)));
            driver.waitForClosed(projectDialog);
            assertEquals("0512-65000000", registry.projects(DAOQIAN, null).get(0).phone());
            driver.waitUntil("the table reloaded with the new phone", () -> driver.onUi(() -> !projects.isLoading() && projects.getRowCount() == 5
                    && "D1".equals(projects.getText(0, 0)) && "0512-65000000".equals(projects.getText(0, 3))));

            // the figures editor: a turnover of more than 2 decimals keeps OK disabled; the year's figures are saved
            selectRow(driver, projects, "D1");
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, ProjectsPart.FIGURES)));
            Shell figuresDialog = driver.waitForShell("D1 道前咖啡 的年度数据");
            driver.fill(figuresDialog, FiguresDialog.YEAR, "2020");
            driver.fill(figuresDialog, FiguresDialog.JOBS, "6");
            driver.fill(figuresDialog, FiguresDialog.TURNOVER, "1.234");
            Button figuresOk = driver.onUi(() -> SwtDriver.find(figuresDialog, Button.class, IncubationWorkbenchTest::isOk));
            driver.waitUntil("OK disabled while the turnover has 3 decimals", () -> !driver.onUi(figuresOk::isEnabled));
            driver.fill(figuresDialog, FiguresDialog.TURNOVER, "123456.78");
            driver.waitUntil("OK enabled", () -> driver.onUi(figuresOk::isEnabled));
            driver.click(figuresOk);
            driver.waitForClosed(figuresDialog);
            assertEquals(List.of(new YearFigure("D1", 2020, 6, new BigDecimal("123456.78"))), registry.figures("D1"));

            driver.selectMenu(window, "创业驿站", "双向选择");
            Canvas control = driver.waitFor(window, Canvas.class, c -> c.getData(SelectionPart.TABLE) != null && c.isVisible());
            @SuppressWarnings("unchecked")
            RecordTable<MatchRow> result = (RecordTable<MatchRow>) driver.onUi(() -> control.getData(SelectionPart.TABLE));
            Combo round = driver.onUi(() -> SwtDriver.findByData(window, Combo.class, SelectionPart.ROUND));
            driver.onUi(() -> {
                round.select(1); // after 全部
                round.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            });
            Label state = driver.onUi(() -> SwtDriver.findByData(window, Label.class, SelectionPart.STATE));
            driver.waitUntil("the round's state", () -> driver.onUi(state::getText).contains("报名中"));

            // the applications tab: S3 applies to 桂花社区 as its second choice through the editor (桂花 does not rank it)
            Canvas appsControl = driver.onUi(() -> SwtDriver.find(window, Canvas.class, c -> c.getData(SelectionPart.APPLICATIONS) != null));
            RecordTable<?> applications = (RecordTable<?>) driver.onUi(() -> appsControl.getData(SelectionPart.APPLICATIONS));
            driver.onUi(() -> tabsOf(appsControl).setSelection(1));
            driver.waitUntil("the round's four applications", () -> applications.getRowCount() == 4 && !applications.isLoading());
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, SelectionPart.APPLICATIONS + SelectionPart.ADD)));
            Shell applicationDialog = driver.waitForShell("新增申请（2020年第一轮）");
            driver.fill(applicationDialog, ApplicationDialog.PROJECT, "S3");
            Combo applied = driver.onUi(() -> SwtDriver.find(applicationDialog, Combo.class, c -> true));
            driver.onUi(() -> {
                applied.select(applied.indexOf("桂花社区"));
                applied.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            });
            driver.fill(applicationDialog, ApplicationDialog.RANK, "2");
            driver.click(driver.onUi(() -> SwtDriver.find(applicationDialog, Button.class, IncubationWorkbenchTest::isOk)));
            driver.waitForClosed(applicationDialog);
            driver.waitUntil("five applications", () -> applications.getRowCount() == 5 && !applications.isLoading());
            assertEquals(5, selection.applications("2020年第一轮").size());

            // the rankings tab: a project that did not apply there is refused in the dialog, naming it; S3 is then ranked third
            Canvas rankingsControl = driver.onUi(() -> SwtDriver.find(window, Canvas.class, c -> c.getData(SelectionPart.RANKINGS) != null));
            RecordTable<?> rankings = (RecordTable<?>) driver.onUi(() -> rankingsControl.getData(SelectionPart.RANKINGS));
            driver.onUi(() -> tabsOf(rankingsControl).setSelection(2));
            driver.waitUntil("the round's four rankings", () -> rankings.getRowCount() == 4 && !rankings.isLoading());
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, SelectionPart.RANKINGS + SelectionPart.ADD)));
            Shell rankingDialog = driver.waitForShell("新增社区排序（2020年第一轮）");
            Combo ranked = driver.onUi(() -> SwtDriver.find(rankingDialog, Combo.class, c -> true));
            driver.onUi(() -> {
                ranked.select(ranked.indexOf("桂花社区"));
                ranked.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            });
            driver.fill(rankingDialog, RankingDialog.PROJECT, "S9");
            driver.fill(rankingDialog, RankingDialog.RANK, "3");
            driver.fill(rankingDialog, RankingDialog.PLACES, "1");
            Button rankingOk = driver.onUi(() -> SwtDriver.find(rankingDialog, Button.class, IncubationWorkbenchTest::isOk));
            driver.click(rankingOk);
            driver.waitUntil("the refusal naming S9 in the dialog", () -> shownText(driver, rankingDialog).contains("S9"));
            driver.fill(rankingDialog, RankingDialog.PROJECT, "S3");
            driver.click(rankingOk);
            driver.waitForClosed(rankingDialog);
            driver.waitUntil("five rankings", () -> rankings.getRowCount() == 5 && !rankings.isLoading());
            assertTrue(selection.rankings("2020年第一轮").stream().anyMatch(k -> k.project().equals("S3") && k.community().equals(GUIHUA)
                    && k.communityRank() == 3 && k.places() == 1));
            driver.onUi(() -> tabsOf(appsControl).setSelection(0));

            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, SelectionPart.RUN)));
            driver.waitUntil("the result of the run", () -> result.getRowCount() == 3 && !result.isLoading());
            assertTrue(driver.onUi(state::getText).contains("已匹配"), driver.onUi(state::getText));
            driver.onUi(() -> {
                assertEquals("S1", result.getText(0, 0));
                assertEquals("道前社区", result.getText(0, 1));
                assertEquals("桂花社区", result.getText(1, 1), "the tie at 桂花 goes to the excellent project S2");
                assertEquals("（未匹配）", result.getText(2, 1));
            });
            // the explanation of the unmatched project names who took the place it wanted
            driver.onUi(() -> result.getNatTable().doCommand(new SelectRowsCommand(result.getNatTable(), 1, 2 + 2, false, false)));
            Text explanation = driver.onUi(() -> SwtDriver.findByData(window, Text.class, SelectionPart.EXPLANATION));
            driver.waitUntil("the explanation of S3", () -> driver.onUi(() -> explanation.getText()).contains("S3"));
            String why = driver.onUi(() -> explanation.getText());
            assertTrue(why.contains("本轮未匹配") && why.contains("道前社区") && why.contains("S1"), why);
            driver.screenshot("incubation-selection");

            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, SelectionPart.REVIEW)));
            driver.waitUntil("reviewed", () -> driver.onUi(state::getText).contains("已审核"));
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, SelectionPart.CONFIRM)));
            driver.waitUntil("confirmed", () -> driver.onUi(state::getText).contains("已确认"));
            assertEquals(RoundStatus.CONFIRMED, selection.rounds().get(0).status());
            assertEquals(List.of("G1", "S2"), registry.projects(GUIHUA, ProjectStatus.RESIDENT).stream().map(p -> p.code()).toList());

            // the desk calendar: the days both desks are taken stand out; a click on a day lists its allocations
            driver.selectMenu(window, "创业驿站", "免费创业工位");
            Label day15 = driver.waitFor(window, Label.class, l -> month.atDay(15).equals(l.getData(DesksPart.DAY)) && l.isVisible());
            assertEquals("15\n2 / 2", driver.onUi(day15::getText));
            assertEquals(driver.onUi(() -> window.getDisplay().getSystemColor(SWT.COLOR_RED).getRGB()), driver.onUi(() -> day15.getForeground()
                    .getRGB()), "a full day in red");
            Label day5 = driver.onUi(() -> SwtDriver.find(window, Label.class, l -> month.atDay(5).equals(l.getData(DesksPart.DAY))));
            assertEquals("5\n1 / 2", driver.onUi(day5::getText));
            driver.waitUntil("the month's allocations", () -> allocations(window, driver) == 2);
            driver.click(day5);
            driver.waitUntil("the allocations of the 5th", () -> allocations(window, driver) == 1);
            driver.screenshot("incubation-desks");

            // the incubator editor: fewer reserved desks than a day has allocated is refused, naming the day and the students
            driver.click(driver.onUi(() -> SwtDriver.find(window, Button.class, b -> b.getText().equals("编辑孵化载体…"))));
            Shell incubatorDialog = driver.waitForShell("编辑孵化载体 谷·姑苏社");
            driver.fill(incubatorDialog, IncubatorDialog.DESKS, "1");
            Button incubatorOk = driver.onUi(() -> SwtDriver.find(incubatorDialog, Button.class, IncubationWorkbenchTest::isOk));
            driver.click(incubatorOk);
            String day = month.atDay(10).toString();
            driver.waitUntil("the refusal naming " + day, () -> shownText(driver, incubatorDialog).contains(day));
            String refusal = shownText(driver, incubatorDialog);
            assertTrue(refusal.contains("王一") && refusal.contains("王二"), refusal);
            assertEquals(2, registry.incubators().get(0).reservedDesks(), "nothing changed");
            driver.fill(incubatorDialog, IncubatorDialog.DESKS, "3");
            driver.click(incubatorOk);
            driver.waitForClosed(incubatorDialog);
            assertEquals(3, registry.incubators().get(0).reservedDesks());
        });

        // an auditor (without 查看创业者个人信息) opens the project editor: founder and phone masked and read-only
        security.signOut();
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell window = driver.signIn("shenji", PASSWORD);
            driver.selectMenu(window, "创业驿站", "驿站与入驻项目");
            Canvas projectsControl = driver.waitFor(window, Canvas.class, c -> c.getData(ProjectsPart.TABLE) != null && c.isVisible());
            @SuppressWarnings("unchecked")
            RecordTable<Project> projects = (RecordTable<Project>) driver.onUi(() -> projectsControl.getData(ProjectsPart.TABLE));
            driver.waitUntil("the projects", () -> projects.getRowCount() == 5 && !projects.isLoading());
            selectRow(driver, projects, "G1");
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, ProjectsPart.EDIT_PROJECT)));
            Shell projectDialog = driver.waitForShell("编辑项目 G1");
            Text phone = driver.onUi(() -> SwtDriver.findByData(projectDialog, Text.class, ProjectDialog.PHONE));
            Text founder = driver.onUi(() -> SwtDriver.findByData(projectDialog, Text.class, ProjectDialog.FOUNDER));
            String maskedPhone = driver.onUi(() -> { return phone.getText(); });
            String maskedFounder = driver.onUi(() -> { return founder.getText(); });
            assertEquals("139****5678", maskedPhone);
            assertEquals("张**", maskedFounder);
            assertTrue(!driver.onUi(phone::getEditable) && !driver.onUi(founder::getEditable), "masked and read-only");
            assertTrue(shownText(driver, projectDialog).contains("脱敏"), "the dialog says why");
            assertTrue(!shownText(driver, projectDialog).contains("不是电话号码"), "the masked phone is kept, not refused as input");
            Button maskedOk = driver.onUi(() -> SwtDriver.find(projectDialog, Button.class, IncubationWorkbenchTest::isOk));
            driver.waitUntil("OK enabled: the masked values are no input error", () -> driver.onUi(maskedOk::isEnabled));
            driver.screenshot("incubation-project-masked");
            driver.click(driver.onUi(() -> SwtDriver.find(projectDialog, Button.class, b -> b.getText().equals("取消") || b.getText().equals("Cancel"))));
            driver.waitForClosed(projectDialog);
        });
    }

    /** Selects the row of the project {@code code} in the projects table, as a click on it does. */
    static void selectRow(SwtDriver driver, RecordTable<Project> projects, String code) {
        driver.waitUntil("the projects loaded", () -> driver.onUi(() -> !projects.isLoading()));
        driver.onUi(() -> {
            for (int row = 0; row < projects.getRowCount(); row++) {
                if (code.equals(projects.getText(row, 0))) {
                    // the rows start below the column header and the filter row
                    projects.getNatTable().doCommand(new SelectRowsCommand(projects.getNatTable(), 1, row + 2, false, false));
                    return;
                }
            }
            throw new AssertionError("no project " + code + " in the table");
        });
        driver.waitUntil("the project " + code + " selected", () -> driver.onUi(() -> !projects.getSelection().isEmpty()
                && projects.getSelection().get(0).code().equals(code)));
    }

    /** The texts a dialog shows (its message line and its fields), one a line. */
    static String shownText(SwtDriver driver, Shell shell) {
        return driver.onUi(() -> String.join("\n", SwtDriver.findAll(shell, org.eclipse.swt.widgets.Control.class, c -> c instanceof Text
                || c instanceof Label).stream().map(c -> c instanceof Text t ? t.getText() : ((Label) c).getText()).toList()));
    }

    /** The dialog's OK button (JFace's label in the workbench's language). */
    static boolean isOk(Button b) {
        return b.getText().equals("确定") || b.getText().equals("OK");
    }

    /** The selection part's tabs: the first tab folder above a control of one of its tabs. */
    static org.eclipse.swt.custom.CTabFolder tabsOf(org.eclipse.swt.widgets.Control control) {
        org.eclipse.swt.widgets.Control c = control;
        while (!(c instanceof org.eclipse.swt.custom.CTabFolder)) {
            c = c.getParent();
        }
        return (org.eclipse.swt.custom.CTabFolder) c;
    }

    @SuppressWarnings("unchecked")
    private static int allocations(Shell window, SwtDriver driver) {
        return driver.onUi(() -> {
            for (Canvas c : SwtDriver.findAll(window, Canvas.class, c -> c.isVisible())) {
                Object table = c.getData(DesksPart.ALLOCATIONS);
                if (table != null) {
                    RecordTable<?> t = (RecordTable<?>) table;
                    return t.isLoading() ? -1 : t.getRowCount();
                }
            }
            return -1;
        });
    }
}
