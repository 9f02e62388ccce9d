package org.jiedao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.ui.internal.dialogs.SignInDialog;
import org.osgi.framework.FrameworkUtil;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Event;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.swt.ChartComposite;
import org.jiedao.ui.internal.dashboard.DashboardPart;
import org.jiedao.ui.internal.search.DetailsDialog;
import org.jiedao.ui.internal.search.SearchControl;
import org.jiedao.ui.tests.contrib.TestRecordSearch;
import org.jiedao.ui.internal.dialogs.AboutDialog;
import org.jiedao.ui.internal.parts.ModuleNavigatorPart;
import org.jiedao.ui.internal.parts.AuditLogPart;
import org.jiedao.ui.internal.parts.ModuleOverviewPart;
import org.jiedao.ui.internal.parts.UsersPart;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.ui.internal.reports.PrintPreviewDialog;
import org.jiedao.ui.internal.reports.ReportsDialog;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.testing.WorkbenchRunner;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Starts the real Jiedao workbench (product org.jiedao.ui.product, its Application.e4xmi, addons
 * and renderers) in a real Display, in Chinese, and uses it as an officer would: with real mouse
 * clicks and key strokes posted to the window system.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchTest {

    private static final String TITLE = "街道治理工作台";

    @Test
    @Order(1)
    void firstStartCreatesTheAdministratorThenTheNavigatorListsModulesAndTheWorkbenchResponds() throws Exception {
        // the shared sign-in of the UI tests (SwtDriver.signIn) finds the dialog's fields by these keys
        assertEquals(SignInDialog.USER_ID, SwtDriver.SIGN_IN_USER);
        assertEquals(SignInDialog.PASSWORD_ID, SwtDriver.SIGN_IN_PASSWORD);
        AtomicBoolean exitedThroughMenu = new AtomicBoolean();
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            // a new data folder: the sign-in dialog asks for the first administrator
            Shell signIn = driver.waitForShell("登录 - 街道治理工作台");
            Text repeat = driver.onUi(() -> SwtDriver.findByData(signIn, Text.class, SignInDialog.REPEAT_ID));
            driver.waitUntil("the database to open and the dialog to ask for the administrator", () -> repeat.isVisible()
                    && SwtDriver.find(signIn, Button.class, b -> b.getText().equals("登录")).isEnabled());
            fill(driver, signIn, SignInDialog.USER_ID, "chief");
            fill(driver, signIn, SignInDialog.PASSWORD_ID, "Gusu-2021!");
            fill(driver, signIn, SignInDialog.REPEAT_ID, "Gusu-2021!");
            driver.click(driver.onUi(() -> SwtDriver.find(signIn, Button.class, b -> b.getText().equals("登录"))));

            Shell window = driver.waitForShell(TITLE);
            assertTrue(driver.onUi(() -> !SwtDriver.findAll(window, Label.class,
                    l -> l.getText().equals("当前用户：管理员（区管理员）。")).isEmpty()), "the overview greets the signed-in user");

            // the navigator lists the platform and the module this test bundle contributes
            Tree tree = driver.onUi(() -> SwtDriver.findByData(window, Tree.class, ModuleNavigatorPart.TREE_ID));
            driver.waitUntil("the navigator to list the test module",
                    () -> SwtDriver.treeTexts(tree).contains("  界面测试模块"));
            List<String> texts = driver.onUi(() -> SwtDriver.treeTexts(tree));
            assertEquals("平台", texts.get(0), texts.toString());
            assertEquals("  平台基础", texts.get(1), texts.toString());
            assertTrue(texts.contains("业务模块"), texts.toString());
            String version = driver.onUi(() -> findItem(tree, "界面测试模块").getText(1));
            assertEquals("4.5.6", version);

            // a click on the module shows it in the overview part
            TreeItem item = driver.onUi(() -> findItem(tree, "界面测试模块"));
            driver.click(item);
            driver.waitUntil("the overview to show the selected module", () -> SwtDriver
                    .findAll(window, Label.class, l -> l.getData(ModuleOverviewPart.TITLE_ID) != null
                            && l.getText().equals("界面测试模块"))
                    .size() == 1);
            assertTrue(driver.onUi(() -> !SwtDriver.findAll(window, Label.class,
                    l -> l.getText().equals("界面测试声明的模块，导航栏必须列出它。")).isEmpty()));

            // typing in the filter narrows the list; clearing it brings everything back
            Text filter = driver.onUi(() -> SwtDriver.findByData(window, Text.class, ModuleNavigatorPart.FILTER_ID));
            driver.click(filter);
            driver.type("zzz");
            driver.waitUntil("the filter to hide every module", () -> tree.getItemCount() == 0);
            driver.onUi(() -> filter.setText(""));
            driver.waitUntil("the modules to come back", () -> SwtDriver.treeTexts(tree).contains("  界面测试模块"));

            // Help > About shows versions and the installed modules
            driver.selectMenu(window, "帮助", "关于街道治理工作台");
            Shell about = driver.waitForShell("关于街道治理工作台");
            Table modules = driver.onUi(() -> SwtDriver.findByData(about, Table.class, AboutDialog.MODULES_TABLE_ID));
            List<String> rows = driver.onUi(() -> {
                List<String> r = new java.util.ArrayList<>();
                for (TableItem row : modules.getItems()) {
                    r.add(row.getText(0) + "|" + row.getText(1) + "|" + row.getText(2));
                }
                return r;
            });
            assertTrue(rows.contains("界面测试模块|org.jiedao.tests.ui|4.5.6"), rows.toString());
            assertTrue(driver.onUi(() -> !SwtDriver.findAll(about, Label.class, l -> l.getText().equals("Java")).isEmpty()));
            Button ok = driver.onUi(() -> SwtDriver.find(about, Button.class,
                    b -> (b.getStyle() & SWT.PUSH) != 0 && b.getText().replace("&", "").toLowerCase().contains("ok")
                            || b.getText().contains("确定")));
            driver.click(ok);
            driver.waitForClosed(about);

            // Tools > Audit trail: the administrator created at first start is in it; a filter narrows it
            driver.selectMenu(window, "工具", "审计日志");
            Table audit = driver.waitFor(window, Table.class, t -> t.getData(AuditLogPart.TABLE_ID) != null);
            driver.waitUntil("the audit trail to list the administrator's creation", () -> {
                for (TableItem row : audit.getItems()) {
                    if (row.getText(3).equals("CREATE") && row.getText(4).equals("UserEntity") && row.getText(6).contains("chief")) {
                        return true;
                    }
                }
                return false;
            });
            Text userFilter = driver.onUi(() -> SwtDriver.findByData(window, Text.class, AuditLogPart.USER_ID));
            driver.click(userFilter);
            driver.type("nobody");
            driver.click(driver.onUi(() -> SwtDriver.find(window, Button.class, b -> b.getText().equals("查询"))));
            driver.waitUntil("the filter to leave no record", () -> audit.getItemCount() == 0);
            assertTrue(driver.onUi(() -> SwtDriver.findByData(window, Label.class, AuditLogPart.STATUS_ID).getText())
                    .startsWith("共 0 条记录"));
            assertTrue(driver.onUi(() -> SwtDriver.findByData(window, Label.class, AuditLogPart.CHECKPOINT_ID).getText())
                    .startsWith("尚未生成审计检查点"), "a new data folder has no checkpoint yet");

            // File > Reports...: the org unit register, previewed, saved as PDF
            printsTheOrgUnitRegister(driver, window);

            // File > Exit closes the workbench
            driver.selectMenu(window, "文件", "退出");
            driver.waitUntil("the workbench window to close", () -> window.isDisposed());
            exitedThroughMenu.set(true);
        });
        assertTrue(exitedThroughMenu.get(), "File > Exit closed the workbench");
    }

    /**
     * Sign-in with an existing account: a wrong password is explained and the dialog stays open;
     * the right one closes it with the account.
     */
    @Test
    @Order(2)
    void signInExplainsAWrongPasswordAndAcceptsTheRightOne() throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        if (security.find("canglang").isEmpty()) {
            security.createUser("canglang", "沧浪街道 王五", Role.DISTRICT_ADMIN, null, "Xiangcheng-9!".toCharArray());
        }
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        SwtDriver driver = new SwtDriver(display);
        AtomicReference<SignInDialog> dialog = new AtomicReference<>();
        AtomicReference<Integer> result = new AtomicReference<>();
        Thread scenario = new Thread(() -> {
            try {
                Shell shell = driver.waitForShell("登录 - 街道治理工作台");
                driver.waitUntil("the database to be ready",
                        () -> SwtDriver.find(shell, Button.class, b -> b.getText().equals("登录")).isEnabled());
                assertFalse(driver.onUi(() -> SwtDriver.findByData(shell, Text.class, SignInDialog.REPEAT_ID).isVisible()),
                        "users exist: no administrator to create");
                fill(driver, shell, SignInDialog.USER_ID, "canglang");
                fill(driver, shell, SignInDialog.PASSWORD_ID, "wrong-password-1");
                driver.click(driver.onUi(() -> SwtDriver.find(shell, Button.class, b -> b.getText().equals("登录"))));
                driver.waitUntil("the error to show", () -> "用户名或密码错误。".equals(dialog.get().getErrorMessageForTests()));
                assertFalse(driver.onUi(shell::isDisposed), "the dialog stays open");
                fill(driver, shell, SignInDialog.PASSWORD_ID, "Xiangcheng-9!");
                driver.click(driver.onUi(() -> SwtDriver.find(shell, Button.class, b -> b.getText().equals("登录"))));
                driver.waitForClosed(shell);
            } catch (Throwable t) {
                driver.onUi(() -> {
                    if (dialog.get() != null && dialog.get().getShell() != null) {
                        dialog.get().close();
                    }
                });
                throw t;
            }
        });
        display.asyncExec(scenario::start);
        Shell parent = new Shell(display);
        SignInDialog signIn = new SignInDialog(parent, security, CompletableFuture.supplyAsync(security::hasUsers));
        dialog.set(signIn);
        result.set(signIn.open());
        scenario.join(10_000);
        parent.dispose();
        assertEquals(Window.OK, result.get());
        assertEquals("canglang", signIn.account().orElseThrow().username());
        assertEquals("canglang", security.currentUser().orElseThrow().username());
    }

    /**
     * 文件 › 报表…: the dialog lists the platform's org unit register; Preview builds it in the
     * background and shows the pages; Save as PDF writes the file. GTK's native file chooser is
     * not an SWT shell and cannot be filled in through SWT, so the test hook of the preview gives
     * the location instead (the only step not driven through the window system).
     */
    private static void printsTheOrgUnitRegister(SwtDriver driver, Shell window) throws Exception {
        OrgUnitService units = Services.await(OrgUnitService.class);
        if (units.find("UI1").isEmpty()) {
            units.create("UI1", "姑苏区", OrgLevel.DISTRICT, null);
            units.create("UI1-01", "沧浪街道", OrgLevel.STREET, "UI1");
            units.create("UI1-01-01", "桂花社区", OrgLevel.COMMUNITY, "UI1-01");
        }
        driver.selectMenu(window, "文件", "报表(R)...");
        Shell dialog = driver.waitForShell("报表");
        Table reports = driver.onUi(() -> SwtDriver.findByData(dialog, Table.class, ReportsDialog.TABLE_ID));
        List<String> names = driver.onUi(() -> {
            List<String> r = new java.util.ArrayList<>();
            for (TableItem row : reports.getItems()) {
                r.add(row.getText(0) + "|" + row.getText(1));
            }
            return r;
        });
        assertTrue(names.contains("组织单位名册|平台基础"), names.toString());
        int index = names.indexOf("组织单位名册|平台基础");
        clickRow(driver, reports, index);
        driver.waitUntil("the register to be selected", () -> reports.getSelectionIndex() == index);
        driver.waitUntil("its parameter to be asked for", () -> SwtDriver.findAll(dialog, Text.class,
                t -> "unit".equals(t.getData(ReportsDialog.PARAMETER_ID))).size() == 1);
        driver.click(driver.onUi(() -> SwtDriver.find(dialog, Button.class, b -> b.getText().equals("预览(&P)..."))));

        Shell preview = driver.waitForShell("打印预览 - 组织单位名册");
        Label page = driver.onUi(() -> SwtDriver.findByData(preview, Label.class, PrintPreviewDialog.PAGE_ID));
        assertEquals("第 1 页 / 共 1 页", driver.onUi(page::getText));
        Canvas canvas = driver.onUi(() -> SwtDriver.findByData(preview, Canvas.class, PrintPreviewDialog.CANVAS_ID));
        assertTrue(driver.onUi(() -> canvas.getSize().x > 500 && canvas.getSize().y > 700), "an A4 page at 100 %");
        driver.flush();
        driver.screenshot("report-preview");

        Path pdf = Files.createTempDirectory("jiedao-ui-report").resolve("名册.pdf");
        PrintPreviewDialog.saveLocationForTests = shell -> pdf.toString();
        try {
            driver.click(driver.onUi(() -> SwtDriver.find(preview, Button.class, b -> b.getText().equals("另存为 PDF(&S)..."))));
            Shell saved = driver.waitForShell("PDF 已保存");
            assertTrue(Files.size(pdf) > 5_000, "a PDF with an embedded font subset");
            try (InputStream in = Files.newInputStream(pdf)) {
                assertEquals("%PDF-", new String(in.readNBytes(5), StandardCharsets.US_ASCII));
            }
            driver.click(driver.onUi(() -> SwtDriver.find(saved, Button.class, b -> b.getText().contains("确定")
                    || b.getText().replace("&", "").equalsIgnoreCase("ok"))));
            driver.waitForClosed(saved);
        } finally {
            PrintPreviewDialog.saveLocationForTests = null;
        }
        driver.click(driver.onUi(() -> SwtDriver.find(preview, Button.class, b -> b.getText().replace("&", "").contains("关闭")
                || b.getText().replace("&", "").equalsIgnoreCase("close"))));
        driver.waitForClosed(preview);
        driver.click(driver.onUi(() -> SwtDriver.find(dialog, Button.class, b -> b.getText().replace("&", "").contains("关闭")
                || b.getText().replace("&", "").equalsIgnoreCase("close"))));
        driver.waitForClosed(dialog);
    }

    /** A real click on a table row. */
    private static void clickRow(SwtDriver driver, Table table, int index) {
        Display display = driver.display();
        driver.onUi(() -> {
            table.getShell().forceActive();
            table.setFocus();
        });
        org.eclipse.swt.graphics.Point point = driver.onUi(() -> {
            org.eclipse.swt.graphics.Rectangle bounds = table.getItem(index).getBounds(0);
            return table.toDisplay(bounds.x + Math.min(bounds.width / 2, 40), bounds.y + bounds.height / 2);
        });
        driver.waitUntil("the pointer to rest on the table", () -> {
            org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
            move.type = SWT.MouseMove;
            move.x = point.x;
            move.y = point.y;
            display.post(move);
            return display.getCursorControl() == table;
        });
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            org.eclipse.swt.widgets.Event click = new org.eclipse.swt.widgets.Event();
            click.type = type;
            click.x = point.x;
            click.y = point.y;
            click.button = 1;
            driver.onUi(() -> display.post(click));
        }
        driver.flush();
    }

    /**
     * The dashboard and the search, signed in as the administrator of the first test: the test
     * bundle's widgets render as cards (a figure, a bar and a pie chart, an error for the widget
     * that throws), the platform's own chart is there, Refresh and F5 reload; Ctrl+K, typing, and
     * Enter open a hit (no opener: its details; an org unit: the platform's opener).
     */
    @Test
    @Order(3)
    void dashboardShowsWidgetsAndSearchOpensRecords() throws Exception {
        OrgUnitService units = Services.await(OrgUnitService.class);
        if (units.find("TQ9").isEmpty()) {
            units.create("TQ9", "测试区", OrgLevel.DISTRICT, null);
            units.create("TQ9-1", "测试街道", OrgLevel.STREET, "TQ9");
        }
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell signIn = driver.waitForShell("登录 - 街道治理工作台");
            driver.waitUntil("the database to be ready",
                    () -> SwtDriver.find(signIn, Button.class, b -> b.getText().equals("登录")).isEnabled());
            fill(driver, signIn, SignInDialog.USER_ID, "chief");
            fill(driver, signIn, SignInDialog.PASSWORD_ID, "Gusu-2021!");
            driver.click(driver.onUi(() -> SwtDriver.find(signIn, Button.class, b -> b.getText().equals("登录"))));
            Shell window = driver.waitForShell(TITLE);

            // the cards: figure, error, two charts of the test bundle and the platform's chart
            Label figure = driver.waitFor(window, Label.class, l -> "org.jiedao.tests.ui.figure".equals(l.getData(DashboardPart.FIGURE_ID)));
            int loads = Integer.parseInt(driver.onUi(figure::getText));
            assertTrue(loads >= 1);
            Label error = driver.waitFor(window, Label.class, l -> "org.jiedao.tests.ui.failing".equals(l.getData(DashboardPart.ERROR_ID)));
            assertEquals("此组件未能加载。", driver.onUi(error::getText));
            assertTrue(driver.onUi(() -> !SwtDriver.findAll(error.getParent(), Label.class,
                    l -> l.getText().equals("原因：测试组件故意失败（详情见日志）")).isEmpty()), "the reason, without a stack trace");
            ChartComposite bar = driver.waitFor(window, ChartComposite.class,
                    c -> "org.jiedao.tests.ui.bar".equals(c.getData(DashboardPart.CHART_ID)));
            ChartComposite pie = driver.waitFor(window, ChartComposite.class,
                    c -> "org.jiedao.tests.ui.pie".equals(c.getData(DashboardPart.CHART_ID)));
            driver.waitFor(window, ChartComposite.class, c -> "org.jiedao.platform.units-by-level".equals(c.getData(DashboardPart.CHART_ID)));
            driver.onUi(() -> {
                CategoryPlot plot = (CategoryPlot) bar.getChart().getPlot();
                assertTrue(plot.getRenderer() instanceof BarRenderer, plot.getRenderer().toString());
                assertEquals(2, plot.getDataset().getRowCount(), "two series");
                assertEquals("沧浪街道", plot.getDataset().getColumnKey(0));
                java.awt.Font font = plot.getDomainAxis().getTickLabelFont();
                assertEquals(-1, font.canDisplayUpTo("沧浪街道来信"), "a font with Chinese glyphs: " + font.getFamily());
                assertEquals(-1, bar.getChart().getLegend().getItemFont().canDisplayUpTo("已办结"));
                assertTrue(pie.getChart().getPlot() instanceof PiePlot, pie.getChart().getPlot().toString());
                assertTrue(bar.isVisible() && bar.getSize().y > 50, "the chart has room: " + bar.getSize());
            });
            assertTrue(driver.onUi(() -> !SwtDriver.findAll(window, Label.class,
                    l -> l.getText().equals("当前用户：管理员（区管理员）。")).isEmpty()), "the dashboard greets the user");

            // Refresh reloads every widget; so does F5
            Button refresh = driver.onUi(() -> SwtDriver.findByData(window, Button.class, DashboardPart.REFRESH_ID));
            driver.waitUntil("the first load to finish", refresh::getEnabled);
            driver.click(refresh);
            driver.waitUntil("the figure to be loaded again", () -> SwtDriver.findAll(window, Label.class,
                    l -> "org.jiedao.tests.ui.figure".equals(l.getData(DashboardPart.FIGURE_ID))
                            && l.getText().equals(Integer.toString(loads + 1))).size() == 1);
            driver.waitUntil("the reload to finish", refresh::getEnabled);
            assertTrue(driver.onUi(() -> SwtDriver.findByData(window, Label.class, DashboardPart.STATUS_ID).getText()).startsWith("更新于"));
            driver.press(SWT.F5);
            driver.waitUntil("F5 to load the figure again", () -> SwtDriver.findAll(window, Label.class,
                    l -> "org.jiedao.tests.ui.figure".equals(l.getData(DashboardPart.FIGURE_ID))
                            && l.getText().equals(Integer.toString(loads + 2))).size() == 1);
            driver.waitFor(window, Label.class, l -> "org.jiedao.tests.ui.failing".equals(l.getData(DashboardPart.ERROR_ID)));

            // Ctrl+K puts the keyboard into the search field
            Text search = driver.onUi(() -> SwtDriver.findByData(window, Text.class, SearchControl.FIELD_ID));
            driver.click(refresh);
            chord(driver, SWT.CTRL, 'k');
            driver.waitUntil("Ctrl+K to focus the search field", search::isFocusControl);
            // Xvfb has no window manager: X gives the keyboard to the window under the pointer, so
            // rest the pointer on the field (the results popup opens below it, maybe under the pointer)
            driver.click(search);
            driver.type("tr-");
            AtomicReference<Table> shown = new AtomicReference<>();
            driver.waitUntil("the search results to show", () -> {
                shown.set(resultsTable(driver));
                return shown.get() != null;
            });
            Table results = shown.get();
            try {
                driver.waitUntil("the hits grouped under the module, and the failing provider reported", () -> {
                    List<String> rows = rows(results);
                    return rows.equals(List.of("界面测试模块", "  测试记录 甲", "  测试记录 乙", "  会失败的搜索：搜索失败。"))
                            || rows.equals(List.of("界面测试模块", "  会失败的搜索：搜索失败。", "  测试记录 甲", "  测试记录 乙"));
                });
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "; query '" + driver.onUi(() -> search.getText()) + "', rows "
                        + driver.onUi(() -> rows(results)), e);
            }
            driver.press(SWT.CR);
            Shell details = driver.waitForShell("测试记录 甲");
            assertEquals("TR-1", driver.onUi(() -> SwtDriver.find(details, Label.class,
                    l -> "编号".equals(l.getData(DetailsDialog.VALUE_ID))).getText()));
            assertEquals(TestRecordSearch.RECORD_TYPE, driver.onUi(() -> SwtDriver.find(details, Label.class,
                    l -> "类型".equals(l.getData(DetailsDialog.VALUE_ID))).getText()));
            driver.press(SWT.ESC);
            driver.waitForClosed(details);

            // an organisation unit opens with the platform's opener
            driver.click(search);
            driver.onUi(() -> search.setText(""));
            driver.type("tq9-1");
            driver.waitUntil("the org unit found", () -> rows(resultsTable(driver)).contains("  测试街道"));
            assertTrue(driver.onUi(() -> rows(resultsTable(driver))).contains("平台基础"));
            driver.press(SWT.CR);
            Shell unit = driver.waitForShell("测试街道");
            assertEquals("测试区 (TQ9)", driver.onUi(() -> SwtDriver.find(unit, Label.class,
                    l -> "上级单位".equals(l.getData(DetailsDialog.VALUE_ID))).getText()));
            driver.press(SWT.ESC);
            driver.waitForClosed(unit);

            driver.selectMenu(window, "文件", "退出");
            driver.waitUntil("the workbench window to close", () -> window.isDisposed());
        });
    }

    /** The visible search results table (in its popup shell), or null. */
    private static Table resultsTable(SwtDriver driver) {
        return driver.onUi(() -> {
            for (Shell shell : driver.display().getShells()) {
                if (!shell.isDisposed() && shell.isVisible()) {
                    List<Table> tables = SwtDriver.findAll(shell, Table.class, t -> t.getData(SearchControl.RESULTS_ID) != null && t.isVisible());
                    if (!tables.isEmpty()) {
                        return tables.get(0);
                    }
                }
            }
            return null;
        });
    }

    /**
     * 工具 › 用户 in the real workbench: the NatTable of the Users part (a RecordTable) paints its
     * header and the account rows. It used to stay blank although the status line counted the
     * users: NatTable's painter failed on Eclipse Collections factories that could not be found
     * from the UI thread's context class loader, and the error went to the silent SLF4J binding.
     * The test reads the pixels the window system shows in the first account row.
     */
    @Test
    @Order(4)
    void usersPartPaintsTheAccountRows() throws Exception {
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell signIn = driver.waitForShell("登录 - 街道治理工作台");
            driver.waitUntil("the database to be ready",
                    () -> SwtDriver.find(signIn, Button.class, b -> b.getText().equals("登录")).isEnabled());
            fill(driver, signIn, SignInDialog.USER_ID, "chief");
            fill(driver, signIn, SignInDialog.PASSWORD_ID, "Gusu-2021!");
            driver.click(driver.onUi(() -> SwtDriver.find(signIn, Button.class, b -> b.getText().equals("登录"))));
            Shell window = driver.waitForShell(TITLE);

            driver.selectMenu(window, "工具", "用户");
            NatTable table = driver.waitFor(window, NatTable.class, t -> t.getData(UsersPart.TABLE_ID) != null);
            Label status = driver.waitFor(window, Label.class, l -> l.getData(UsersPart.STATUS_ID) != null);
            driver.waitUntil("the status line to count the accounts", () -> status.getText().matches("共 \\d+ 个用户。.*"));
            int accounts = Integer.parseInt(driver.onUi(status::getText).replaceAll("共 (\\d+) 个用户。.*", "$1"));
            assertTrue(accounts >= 1, "at least the signed-in administrator");
            // header, filter row, then the accounts: the first account is body row position 2
            assertEquals(accounts + 2, (int) driver.onUi(table::getRowCount), "rows of the grid");
            driver.waitUntil("the first account row to be painted", () -> darkPixelsInRow(table, 2) > 30);
            driver.waitUntil("the column header to be painted", () -> darkPixelsInRow(table, 0) > 30);
            driver.screenshot("users-part");

            // the shared "show part" command (org.jiedao.ui.api.ShowPart): a second 工具 › 用户 brings the
            // same part to the front, it does not open another one
            driver.selectMenu(window, "工具", "审计日志");
            driver.waitFor(window, Table.class, t -> t.getData(AuditLogPart.TABLE_ID) != null);
            driver.waitUntil("the audit trail to be in front", () -> !table.isVisible());
            driver.selectMenu(window, "工具", "用户");
            driver.waitUntil("the users part to be in front again", table::isVisible);
            assertEquals(1, (int) driver.onUi(() -> SwtDriver.findAll(window, NatTable.class, t -> t.getData(UsersPart.TABLE_ID) != null).size()),
                    "one users part");
        });
    }

    /**
     * Text pixels (dark) the screen shows in a row of {@code table}, read back from the display:
     * what the painter drew, not what the data provider would answer. Called on the UI thread.
     */
    private static int darkPixelsInRow(NatTable table, int rowPosition) {
        table.update();
        int y = table.getStartYOfRowPosition(rowPosition);
        int height = table.getRowHeightByPosition(rowPosition);
        int width = Math.min(table.getClientArea().width, table.getWidth());
        if (y < 0 || height <= 0 || width <= 0) {
            return 0;
        }
        org.eclipse.swt.graphics.Point origin = table.toDisplay(0, y);
        Image image = new Image(table.getDisplay(), width, height);
        GC gc = new GC(table.getDisplay());
        try {
            gc.copyArea(image, origin.x, origin.y);
            ImageData data = image.getImageData();
            int dark = 0;
            for (int py = 0; py < data.height; py++) {
                for (int px = 0; px < data.width; px++) {
                    RGB rgb = data.palette.getRGB(data.getPixel(px, py));
                    if (rgb.red + rgb.green + rgb.blue < 3 * 100) {
                        dark++;
                    }
                }
            }
            return dark;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static List<String> rows(Table table) {
        List<String> rows = new java.util.ArrayList<>();
        if (table != null && !table.isDisposed()) {
            for (TableItem item : table.getItems()) {
                rows.add(item.getText(0));
            }
        }
        return rows;
    }

    /** Presses a modifier with a key, as a user does (e.g. Ctrl+K). */
    private static void chord(SwtDriver driver, int modifier, char key) {
        for (Object[] step : new Object[][] { { SWT.KeyDown, modifier, '\0' }, { SWT.KeyDown, 0, key },
                { SWT.KeyUp, 0, key }, { SWT.KeyUp, modifier, '\0' } }) {
            Event event = new Event();
            event.type = (Integer) step[0];
            event.keyCode = (Integer) step[1];
            event.character = (Character) step[2];
            assertTrue(driver.onUi(() -> driver.display().post(event)), "posted");
        }
        driver.flush();
    }

    private static void fill(SwtDriver driver, Shell shell, String key, String text) {
        Text field = driver.onUi(() -> SwtDriver.findByData(shell, Text.class, key));
        driver.click(field);
        driver.onUi(() -> field.setText(""));
        driver.type(text);
        driver.waitUntil("the text typed into " + key, () -> field.getText().equals(text));
    }


    private static TreeItem findItem(Tree tree, String text) {
        for (TreeItem category : tree.getItems()) {
            for (TreeItem module : category.getItems()) {
                if (module.getText().equals(text)) {
                    return module;
                }
            }
        }
        throw new AssertionError("No tree item " + text);
    }
}
