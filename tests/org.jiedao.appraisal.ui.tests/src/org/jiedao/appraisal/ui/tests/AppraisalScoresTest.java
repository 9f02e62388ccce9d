package org.jiedao.appraisal.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableCursor;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.jiedao.appraisal.AppraisalService;
import org.jiedao.appraisal.AppraisalService.ScoreLine;
import org.jiedao.appraisal.Indicator;
import org.jiedao.appraisal.RaterLevel;
import org.jiedao.appraisal.ui.internal.ScoresPart;
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
 * 考核 &gt; 成绩录入 in the real workbench, in Chinese, with real key events (XTest; Tab, Enter and
 * Delete posted as key codes, which GTK maps to its keys): scores typed
 * and moved through with Tab, Enter and the arrow keys, a bad score marked and corrected with
 * Delete, a bad block from the clipboard refused whole, a good tab-separated block pasted with
 * Ctrl+V through the real clipboard, the round saved with Ctrl+S and read back from the database,
 * the progress of the round, and the publication lock.
 */
class AppraisalScoresTest {

    private static final String PASSWORD = "Chengji-Entry-2023!";
    private static final int YEAR = 2023;

    @Test
    void anAdministratorEntersARoundWithTheKeyboardAndPastesFromExcel() throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        ExchangeService exchange = Services.await(ExchangeService.class);
        AppraisalService appraisal = Services.await(AppraisalService.class);
        if (units.find("SC").isEmpty()) {
            units.create("SC", "成绩测试区", OrgLevel.DISTRICT, null);
            units.create("SC-1", "胜浦街道", OrgLevel.STREET, "SC");
        }
        if (security.find("luru").isEmpty()) {
            security.createUser("luru", "成绩录入员", Role.DISTRICT_ADMIN, "SC", PASSWORD.toCharArray());
        }
        // three cadres; SC01 was scored in quarter 1 by R1 (superior) and R2 (peer): they are expected in quarter 2
        Path dir = Files.createTempDirectory("jiedao-appraisal-scores");
        security.signIn("luru", PASSWORD.toCharArray());
        try {
            for (String[] file : new String[][] {
                    { "cadres", "干部编号,姓名,单位,职务\nSC01,陈一,SC-1,主任\nSC02,林二,SC-1,副主任\nSC03,周三,SC-1,科员" },
                    { "appraisal-scores", "year,quarter,cadre_id,rater_id,rater_level,de,neng,qin,ji,lian\n"
                            + YEAR + ",1,SC01,R1,上级,80,80,80,80,80\n" + YEAR + ",1,SC01,R2,同级,70,70,70,70,70" } }) {
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
            Display display = driver.display();
            Shell window = driver.signIn("luru", PASSWORD);

            driver.selectMenu(window, "考核", "成绩录入");
            Table grid = driver.waitFor(window, Table.class, t -> t.getData(ScoresPart.GRID_ID) != null);
            TableCursor cursor = driver.onUi(() -> (TableCursor) List.of(grid.getChildren()).stream()
                    .filter(TableCursor.class::isInstance).findFirst().orElseThrow());
            Label status = driver.onUi(() -> SwtDriver.findByData(window, Label.class, ScoresPart.STATUS_ID));
            // the round: year 2023, quarter 2 (chosen as a user would, the selection event included)
            driver.onUi(() -> {
                Spinner year = SwtDriver.findByData(window, Spinner.class, ScoresPart.YEAR_ID);
                year.setSelection(YEAR);
                year.notifyListeners(SWT.Selection, new Event());
                Combo quarter = SwtDriver.findByData(window, Combo.class, ScoresPart.QUARTER_ID);
                quarter.select(1);
                quarter.notifyListeners(SWT.Selection, new Event());
            });
            driver.waitUntil("the round's lines", () -> grid.getItemCount() == 4);
            assertEquals(List.of("SC01|陈一|R1|上级", "SC01|陈一|R2|同级", "SC02|林二||", "SC03|周三||"), rows(driver, grid));
            Table progress = driver.onUi(() -> SwtDriver.findByData(window, Table.class, ScoresPart.PROGRESS_ID));
            assertEquals("SC01|陈一|0 / 2|R1、R2", driver.onUi(() -> String.join("|", progress.getItem(0).getText(0),
                    progress.getItem(0).getText(1), progress.getItem(0).getText(2), progress.getItem(0).getText(3))));

            // type R1's five scores: Tab moves right, Enter ends the line
            driver.click(grid);
            driver.onUi(() -> {
                cursor.setSelection(0, 4);
                cursor.setFocus();
            });
            driver.flush();
            for (String score : new String[] { "90", "85", "88", "92" }) {
                driver.type(score);
                driver.press(SWT.TAB);
            }
            driver.type("95");
            driver.press(SWT.CR);
            driver.waitUntil("Enter to move down", () -> grid.indexOf(cursor.getRow()) == 1 && cursor.getColumn() == 8);
            assertEquals("SC01|陈一|R1|上级|90|85|88|92|95", rows(driver, grid).get(0));

            // arrows to 德 of R2; 105 is refused: the cell is marked, the message says why
            for (int i = 0; i < 4; i++) {
                driver.press(SWT.ARROW_LEFT);
            }
            driver.waitUntil("the arrows to move left", () -> cursor.getColumn() == 4);
            driver.type("105");
            driver.press(SWT.CR);
            driver.waitUntil("the bad score to be reported", () -> status.getText().contains("105"));
            assertEquals("第 2 行“德”：“105”不是 0 至 100 之间、最多两位小数的分数。", driver.onUi(status::getText));
            assertFalse(driver.onUi(() -> grid.getItem(1).getBackground(4).equals(grid.getItem(1).getBackground(5))), "the cell is red");
            // Delete clears it, then R2's scores typed over (typing overwrites)
            driver.press(SWT.ARROW_UP);
            driver.waitUntil("the arrow to move up", () -> grid.indexOf(cursor.getRow()) == 1);
            driver.press(SWT.DEL);
            driver.waitUntil("Delete to clear the cell", () -> grid.getItem(1).getText(4).isEmpty());
            assertEquals(driver.onUi(() -> grid.getItem(1).getBackground(5)), driver.onUi(() -> grid.getItem(1).getBackground(4)),
                    "no longer marked");
            for (String score : new String[] { "70", "71.5", "72", "73" }) {
                driver.type(score);
                driver.press(SWT.TAB);
            }
            driver.type("74");
            driver.press(SWT.CR);
            driver.waitUntil("R2's line", () -> rows(driver, grid).get(1).equals("SC01|陈一|R2|同级|70|71.5|72|73|74"));

            // a block from Excel with one bad cell: refused whole, nothing pasted
            for (int i = 0; i < 6; i++) {
                driver.press(SWT.ARROW_LEFT);
            }
            driver.waitUntil("the cursor on SC02's rater", () -> grid.indexOf(cursor.getRow()) == 2 && cursor.getColumn() == 2);
            clipboard(driver, "S2\t上级\t70\t71\t72\t73\t74\r\nS3\t下级\t60\t61\t620\t63\t64\r\n");
            ctrl(driver, 'v');
            Shell refused = driver.waitForShell("无法粘贴");
            String message = driver.onUi(() -> SwtDriver.findAll(refused, Label.class, l -> l.getText().contains("620")).get(0).getText());
            assertTrue(message.startsWith("未粘贴任何内容：1 个单元格有误。"), message);
            assertTrue(message.contains("第 4 行“勤”：“620”不是 0 至 100 之间"), message);
            driver.click(driver.onUi(() -> SwtDriver.find(refused, Button.class, b -> b.getText().equals("确定"))));
            driver.waitForClosed(refused);
            assertEquals(List.of("SC02|林二||", "SC03|周三||"), rows(driver, grid).subList(2, 4), "nothing half-written");

            // the corrected block, two rows and seven columns, through the real clipboard
            clipboard(driver, "S2\t上级\t70\t71\t72\t73\t74\r\nS3\t下级\t60\t61\t62\t63\t64\r\n");
            driver.onUi(() -> cursor.setFocus());
            ctrl(driver, 'v');
            driver.waitUntil("the block to be pasted", () -> grid.getItem(3).getText(8).equals("64"));
            assertEquals(List.of("SC02|林二|S2|上级|70|71|72|73|74", "SC03|周三|S3|下级|60|61|62|63|64"), rows(driver, grid).subList(2, 4));
            assertEquals("已粘贴 2 行 × 7 列，新增 0 行。尚未保存。", driver.onUi(status::getText));
            assertTrue(appraisal.round(YEAR, 2, null).lines().stream().noneMatch(ScoreLine::complete), "not saved before Ctrl+S");

            // Ctrl+S saves the round in one transaction
            ctrl(driver, 's');
            driver.waitUntil("the round to be saved", () -> status.getText().startsWith("已在一个事务中保存"));
            assertEquals("已在一个事务中保存 2023 年第 2 季度：4 条测评，删除 0 条。", driver.onUi(status::getText));
            List<ScoreLine> saved = appraisal.round(YEAR, 2, null).lines();
            assertEquals(4, saved.stream().filter(ScoreLine::complete).count());
            ScoreLine r2 = saved.stream().filter(l -> "R2".equals(l.raterId())).findFirst().orElseThrow();
            assertEquals(RaterLevel.PEER, r2.level());
            assertEquals(0, new BigDecimal("71.5").compareTo(r2.scores().get(Indicator.NENG)));
            ScoreLine s3 = saved.stream().filter(l -> "S3".equals(l.raterId())).findFirst().orElseThrow();
            assertEquals("SC03", s3.cadreId());
            assertEquals(RaterLevel.SUBORDINATE, s3.level());
            assertEquals(0, new BigDecimal("62").compareTo(s3.scores().get(Indicator.QIN)));
            Label summary = driver.onUi(() -> SwtDriver.findByData(window, Label.class, ScoresPart.PROGRESS_SUMMARY_ID));
            assertTrue(driver.onUi(summary::getText).startsWith("3 名干部中 3 名已全部测评"), driver.onUi(summary::getText));
            driver.onUi(() -> cursor.setSelection(1, 5));
            driver.screenshot("appraisal-scores");

            // published: the grid is read only and says why
            assertEquals(3, appraisal.publish(YEAR));
            driver.click(driver.onUi(() -> SwtDriver.find(window, Button.class, b -> b.getText().equals("重新读取"))));
            Label state = driver.onUi(() -> SwtDriver.findByData(window, Label.class, ScoresPart.STATE_ID));
            driver.waitUntil("the published state", () -> state.getText().equals("2023 年度已发布：只读"));
            Button save = driver.onUi(() -> SwtDriver.findByData(window, Button.class, ScoresPart.SAVE_ID));
            assertFalse(driver.onUi(save::isEnabled));
            driver.onUi(() -> {
                cursor.setSelection(0, 4);
                cursor.setFocus();
            });
            driver.type("1");
            driver.waitUntil("the refusal with its reason", () -> status.getText().startsWith("2023 年度考核已发布，成绩已冻结"));
            assertEquals("90", driver.onUi(() -> grid.getItem(0).getText(4)), "unchanged");
            assertNull(driver.onUi(() -> List.of(cursor.getChildren()).stream().filter(Text.class::isInstance).findFirst().orElse(null)),
                    "no editor opened");
            appraisal.unlock(YEAR, "测试结束");

            driver.selectMenu(window, "文件", "退出");
            driver.waitUntil("the workbench to close", window::isDisposed);
            done.set(true);
        });
        assertTrue(done.get());
    }

    private static List<String> rows(SwtDriver driver, Table grid) {
        return driver.onUi(() -> {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < grid.getItemCount(); i++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 9; c++) {
                    cells.add(grid.getItem(i).getText(c));
                }
                while (cells.size() > 4 && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(String.join("|", cells));
            }
            return rows;
        });
    }

    /** Puts text on the system clipboard (as Excel does when cells are copied). */
    private static void clipboard(SwtDriver driver, String text) {
        driver.onUi(() -> {
            Clipboard clipboard = new Clipboard(driver.display());
            clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
            clipboard.dispose();
        });
        driver.flush();
    }

    /** Ctrl+key with real key events. */
    private static void ctrl(SwtDriver driver, char key) {
        Display display = driver.display();
        Event[] events = new Event[4];
        for (int i = 0; i < 4; i++) {
            events[i] = new Event();
        }
        events[0].type = SWT.KeyDown;
        events[0].keyCode = SWT.CTRL;
        events[1].type = SWT.KeyDown;
        events[1].character = key;
        events[2].type = SWT.KeyUp;
        events[2].character = key;
        events[3].type = SWT.KeyUp;
        events[3].keyCode = SWT.CTRL;
        for (Event event : events) {
            assertTrue(driver.onUi(() -> display.post(event)), "XTest refused a key event");
        }
        driver.flush();
    }

}
