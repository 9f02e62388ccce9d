package org.jiedao.appraisal.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jiedao.appraisal.AppraisalService;
import org.jiedao.appraisal.ExplanationText;
import org.jiedao.appraisal.ui.internal.FollowUpsPart;
import org.jiedao.appraisal.ui.internal.GradesPart;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.ui.widgets.ChartView;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.testing.Services;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.testing.WorkbenchRunner;
import org.junit.jupiter.api.Test;

/**
 * 考核 &gt; 等次与计算说明 in the real workbench, in Chinese, with real clicks: a year of 20 cadres
 * imported through the module's formats, the grade table and the distribution against the quotas,
 * a cadre's explanation, publishing the year and unlocking it with a reason.
 */
class AppraisalGradesTest {

    private static final String PASSWORD = "Yuanhe-Grades-2024!";
    private static final int YEAR = 2024;

    @Test
    void anAdministratorSeesTheGradesExplainsOneAndPublishesTheYear() throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        ExchangeService exchange = Services.await(ExchangeService.class);
        AppraisalService appraisal = Services.await(AppraisalService.class);
        if (units.find("AP").isEmpty()) {
            units.create("AP", "考核测试区", OrgLevel.DISTRICT, null);
            units.create("AP-1", "元和街道", OrgLevel.STREET, "AP");
            units.create("AP-1-1", "华元社区", OrgLevel.COMMUNITY, "AP-1");
        }
        if (security.find("kaohe").isEmpty()) {
            security.createUser("kaohe", "考核管理员", Role.DISTRICT_ADMIN, "AP", PASSWORD.toCharArray());
        }
        // 20 cadres; cadre i is scored 95 - i by one superior in every quarter and has 80 in the exam:
        // ranks 1..20, quotas A 4, B 9, C 6, D 1
        Path dir = Files.createTempDirectory("jiedao-appraisal-ui");
        List<String> cadres = new ArrayList<>(List.of("干部编号,姓名,单位,职务"));
        List<String> scores = new ArrayList<>(List.of("year,quarter,cadre_id,rater_id,rater_level,de,neng,qin,ji,lian"));
        List<String> exams = new ArrayList<>(List.of("year,cadre_id,score"));
        for (int i = 1; i <= 20; i++) {
            String id = String.format("AP%02d", i);
            cadres.add(id + ",干部" + i + "," + (i % 2 == 0 ? "AP-1-1" : "AP-1") + ",科员");
            for (int q = 1; q <= 4; q++) {
                int s = 95 - i;
                scores.add(YEAR + "," + q + "," + id + ",S" + i + ",上级," + s + "," + s + "," + s + "," + s + "," + s);
            }
            exams.add(YEAR + "," + id + ",80");
        }
        security.signIn("kaohe", PASSWORD.toCharArray());
        try {
            for (String[] file : new String[][] { { "cadres", String.join("\n", cadres) }, { "appraisal-scores", String.join("\n", scores) },
                    { "appraisal-exams", String.join("\n", exams) } }) {
                Path path = dir.resolve(file[0] + ".csv");
                Files.writeString(path, file[1] + "\n", StandardCharsets.UTF_8);
                ImportResult result = exchange.importFile(file[0], path, ImportOptions.defaults(), new NullProgressMonitor());
                assertEquals(ImportResult.Status.IMPORTED, result.status(), file[0] + ": " + result.problems());
            }
        } finally {
            security.signOut();
        }

        AtomicBoolean done = new AtomicBoolean();
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell window = driver.signIn("kaohe", PASSWORD);

            driver.selectMenu(window, "考核", "等次与计算说明");
            Table table = driver.waitFor(window, Table.class, t -> t.getData(GradesPart.TABLE_ID) != null);
            driver.waitUntil("the year's grades", () -> table.getItemCount() == 20);
            List<String> rows = driver.onUi(() -> {
                List<String> texts = new ArrayList<>();
                for (TableItem item : table.getItems()) {
                    texts.add(String.join("|", item.getText(0), item.getText(1), item.getText(2), item.getText(4), item.getText(5),
                            item.getText(6), item.getText(7)));
                }
                return texts;
            });
            assertEquals("AP01|干部1|元和街道|1|A|0|1.00", rows.get(0));
            assertEquals("AP04|干部4|华元社区|4|A|0|1.00", rows.get(3));
            assertEquals("AP05|干部5|元和街道|5|B|0|1.00", rows.get(4));
            assertEquals("AP14|干部14|华元社区|14|C|0|1.00", rows.get(13));
            assertEquals("AP20|干部20|华元社区|20|D|1|0.50", rows.get(19));
            String expectedScore = appraisal.explain(YEAR, "AP01").explanation().annualScore().orElseThrow().toPlainString();
            assertEquals(expectedScore, driver.onUi(() -> table.getItem(0).getText(3)));

            // the distribution against the quotas, above the table
            List<String> counts = driver.onUi(() -> SwtDriver.findAll(window, Label.class, l -> l.getData(GradesPart.DISTRIBUTION_ID) != null)
                    .stream().map(Label::getText).toList());
            assertEquals(List.of("A等：4 / 4", "B等：9 / 9", "C等：6 / 6", "D等：1 / 1"), counts);
            // the same distribution as a chart (the dashboard's JFreeChart drawing): cadres and quotas per grade
            ChartView chart = driver.onUi(() -> SwtDriver.findByData(window, ChartView.class, GradesPart.CHART_ID));
            WidgetData.Chart data = driver.onUi(chart::getChart);
            assertEquals(List.of("A等", "B等", "C等", "D等"), data.categories());
            assertEquals(List.of(4, 9, 6, 1), data.series().get(0).values());
            assertEquals(List.of("2024 年人数", "名额"), data.series().stream().map(WidgetData.Series::name).toList());
            assertTrue(driver.onUi(() -> chart.getChildren().length == 1 && chart.getChildren()[0].getSize().y > 100), "the chart is drawn");
            Label state = driver.onUi(() -> SwtDriver.findByData(window, Label.class, GradesPart.STATE_ID));
            assertEquals("未发布：等次随数据变化", driver.onUi(() -> state.getText()));

            // a cadre's explanation
            Text explanation = driver.onUi(() -> SwtDriver.findByData(window, Text.class, GradesPart.EXPLANATION_ID));
            clickRow(driver, table, 19);
            driver.waitUntil("the explanation of AP20", () -> explanation.getText().contains("AP20"));
            String expected = String.join("\n", ExplanationText.lines(appraisal.explain(YEAR, "AP20"), YEAR, Locale.CHINA));
            assertEquals(expected, driver.onUi(() -> explanation.getText()));
            assertTrue(expected.contains("第 4 季度：得分 75"), expected);
            assertTrue(expected.contains("名次 20 / 20"), expected);
            driver.screenshot("appraisal-grades");

            // publish: confirmed with 确定; the year is frozen, unlock becomes possible
            Button publish = driver.onUi(() -> SwtDriver.findByData(window, Button.class, GradesPart.PUBLISH_ID));
            Button unlock = driver.onUi(() -> SwtDriver.findByData(window, Button.class, GradesPart.UNLOCK_ID));
            assertTrue(driver.onUi(publish::isEnabled));
            assertFalse(driver.onUi(unlock::isEnabled));
            driver.click(publish);
            Shell confirm = driver.waitForShell("发布考核年度");
            driver.click(driver.onUi(() -> SwtDriver.find(confirm, Button.class, b -> b.getText().equals("确定"))));
            driver.waitUntil("the year to be published", () -> state.getText().startsWith("已发布（kaohe，"));
            assertTrue(appraisal.year(YEAR).published());
            assertFalse(driver.onUi(publish::isEnabled));
            assertTrue(driver.onUi(unlock::isEnabled));
            assertEquals(20, (int) driver.onUi(() -> table.getItemCount()));

            // the D grade's follow-up: 考核 > D等跟进, 记录… a reminder talk
            driver.selectMenu(window, "考核", "D等跟进");
            Table followUps = driver.waitFor(window, Table.class, t -> t.getData(FollowUpsPart.TABLE_ID) != null);
            driver.waitUntil("the D cadre", () -> followUps.getItemCount() == 1);
            assertEquals("AP20|干部20|1|0.50|尚未记录", driver.onUi(() -> String.join("|", followUps.getItem(0).getText(0),
                    followUps.getItem(0).getText(1), followUps.getItem(0).getText(2), followUps.getItem(0).getText(3),
                    followUps.getItem(0).getText(4))));
            clickRow(driver, followUps, 0);
            driver.click(driver.onUi(() -> SwtDriver.find(window, Button.class, b -> b.getText().equals("记录…"))));
            Shell talk = driver.waitForShell("D 等跟进：AP20 干部20");
            Text note = driver.onUi(() -> SwtDriver.find(talk, Text.class, t -> (t.getStyle() & SWT.MULTI) != 0));
            driver.click(note);
            driver.type("talk with the street secretary");
            driver.click(driver.onUi(() -> SwtDriver.find(talk, Button.class, b -> b.getText().equals("确定"))));
            driver.waitUntil("the follow-up in the list", () -> followUps.getItemCount() == 1 && followUps.getItem(0).getText(4).equals("提醒谈话"));
            assertEquals(1, appraisal.followUps(YEAR).size());
            assertEquals("talk with the street secretary", appraisal.followUps(YEAR).get(0).note());
            driver.screenshot("appraisal-followups");
            driver.selectMenu(window, "考核", "等次与计算说明");

            // unlock asks for the reason
            driver.click(unlock);
            Shell ask = driver.waitForShell("解锁考核年度");
            Button ok = driver.onUi(() -> SwtDriver.find(ask, Button.class, b -> b.getText().equals("确定")));
            driver.waitUntil("OK without a reason to be refused", () -> !ok.isEnabled());
            Text reason = driver.onUi(() -> SwtDriver.find(ask, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0));
            driver.click(reason);
            driver.type("exam of AP03 corrected");
            driver.waitUntil("the reason typed", () -> ok.isEnabled());
            driver.click(ok);
            driver.waitUntil("the year to be open again", () -> state.getText().equals("未发布：等次随数据变化"));
            assertEquals("exam of AP03 corrected", appraisal.unlocks(YEAR).get(0).reason());
            assertEquals("kaohe", appraisal.unlocks(YEAR).get(0).by());

            // the year's settings: quotas A 25 %, B 40 % (stored with 2024 only)
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, GradesPart.SETTINGS_ID)));
            Shell settings = driver.waitForShell("2024 年度考核设置");
            for (String[] change : new String[][] { { "quota.A", "25" }, { "quota.B", "40" } }) {
                Text field = driver.onUi(() -> SwtDriver.find(settings, Text.class, t -> change[0].equals(t.getData("org.jiedao.appraisal.ui.settings.field"))));
                driver.click(field);
                driver.onUi(() -> field.selectAll());
                driver.type(change[1]);
            }
            driver.click(driver.onUi(() -> SwtDriver.find(settings, Button.class, b -> b.getText().equals("保存"))));
            driver.waitUntil("the new quotas", () -> SwtDriver.findAll(window, Label.class, l -> l.getData(GradesPart.DISTRIBUTION_ID) != null)
                    .get(0).getText().equals("A等：5 / 5"));
            assertEquals(0, new java.math.BigDecimal("25").compareTo(appraisal.year(YEAR).settings().quotaPercents().get(org.jiedao.appraisal.Grade.A)));
            assertEquals(0, new java.math.BigDecimal("20").compareTo(appraisal.year(YEAR + 1).settings().quotaPercents().get(org.jiedao.appraisal.Grade.A)));

            driver.selectMenu(window, "文件", "退出");
            driver.waitUntil("the workbench to close", window::isDisposed);
            done.set(true);
        });
        assertTrue(done.get());
    }

    /** Clicks a row of an SWT table (scrolled into view) with real mouse events. */
    private static void clickRow(SwtDriver driver, Table table, int index) {
        Display display = driver.display();
        driver.onUi(() -> {
            table.getShell().forceActive();
            table.setFocus();
            table.showItem(table.getItem(index));
        });
        driver.flush();
        // GTK scrolls a table after the next layout: the row's place is read again until the pointer is on it
        java.util.concurrent.atomic.AtomicReference<Point> where = new java.util.concurrent.atomic.AtomicReference<>();
        driver.waitUntil("the pointer to rest on the table", () -> {
            table.showItem(table.getItem(index));
            Rectangle bounds = table.getItem(index).getBounds(0);
            Rectangle area = table.getClientArea();
            if (bounds.y < area.y + table.getHeaderHeight() || bounds.y + bounds.height > area.y + area.height) {
                return false;
            }
            Point p = table.toDisplay(bounds.x + Math.min(bounds.width / 2, 40), bounds.y + bounds.height / 2);
            where.set(p);
            Event move = new Event();
            move.type = SWT.MouseMove;
            move.x = p.x;
            move.y = p.y;
            display.post(move);
            return display.getCursorControl() == table;
        });
        Point point = where.get();
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event click = new Event();
            click.type = type;
            click.x = point.x;
            click.y = point.y;
            click.button = 1;
            driver.onUi(() -> display.post(click));
        }
        driver.flush();
    }

}
