package org.jiedao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.exchange.ui.internal.ExportWizard;
import org.jiedao.exchange.ui.internal.ImportWizard;
import org.jiedao.testing.Services;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.testing.WorkbenchRunner;
import org.junit.jupiter.api.Test;

/**
 * File &gt; Import… and File &gt; Export… in the real workbench, in Chinese, with real clicks and
 * key strokes: the column mapping, the preview with a bad row in red, the refusal of an all-or-nothing
 * import, the import of the valid rows with a rejects file, and an export.
 */
class ImportExportWizardTest {

    private static final String PASSWORD = "Gusu-Import-2021!";

    @Test
    void anOfficerImportsOrgUnitsFromASheetAndExportsThem() throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        if (units.find("W").isEmpty()) {
            units.create("W", "吴中区", OrgLevel.DISTRICT, null);
        }
        if (security.find("wizard").isEmpty()) {
            security.createUser("wizard", "导入测试", Role.DISTRICT_ADMIN, "W", PASSWORD.toCharArray());
        }
        Path dir = Files.createTempDirectory("jiedao-wizard");
        Path sheet = dir.resolve("units.csv");
        Files.writeString(sheet, "编码,名称,上级编码,层级,备注\n" + "W-1,长桥街道,W,街道,新设\n" + "W-1-1,新家社区,W-1,社区,\n"
                + "W-1-2,错层社区,W,社区,上级错了\n", StandardCharsets.UTF_8);
        Path exported = dir.resolve("out.csv");
        AtomicBoolean done = new AtomicBoolean();
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell window = driver.signIn("wizard", PASSWORD);

            driver.selectMenu(window, "文件", "导入(I)…");
            Shell wizard = driver.waitForShell("导入");
            Combo format = driver.onUi(() -> SwtDriver.findByData(wizard, Combo.class, "jiedao.import.format"));
            // other modules' formats (the cadre appraisal's) may come first: choose org-units with the keyboard
            chooseFormat(driver, format, "org-units");
            Text file = driver.onUi(() -> SwtDriver.findByData(wizard, Text.class, "jiedao.import.file"));
            driver.click(file);
            driver.type(sheet.toString());
            Button next = driver.onUi(() -> SwtDriver.find(wizard, Button.class, b -> b.getText().startsWith("下一步")));
            driver.waitUntil("the file to be read", () -> next.isEnabled());
            driver.click(next);

            // the mapping page matched the Chinese headers; the extra column 备注 is ignored
            driver.waitUntil("the mapping page", () -> !SwtDriver.findAll(wizard, Combo.class,
                    c -> c.isVisible() && c.getData("jiedao.import.header") != null).isEmpty());
            List<String> mapping = driver.onUi(() -> SwtDriver.findAll(wizard, Combo.class, c -> c.getData("jiedao.import.header") != null)
                    .stream().map(c -> c.getData("jiedao.import.header") + "=" + c.getText()).toList());
            assertEquals(List.of("编码=code — 编码 *", "名称=name — 名称 *", "上级编码=parent — 上级编码", "层级=level — 层级 *",
                    "备注=（忽略此列）"), mapping);
            driver.click(next);

            // the preview: three rows, the third in red, its problem listed
            Table rows = driver.onUi(() -> SwtDriver.findByData(wizard, Table.class, "jiedao.import.rows"));
            driver.waitUntil("the preview rows", () -> rows.isVisible() && rows.getItemCount() == 3);
            assertEquals(driver.onUi(() -> wizard.getDisplay().getSystemColor(SWT.COLOR_RED)), driver.onUi(() -> rows.getItem(2).getForeground()));
            Table problems = driver.onUi(() -> SwtDriver.findByData(wizard, Table.class, "jiedao.import.problems"));
            assertEquals(1, (int) driver.onUi(problems::getItemCount));
            assertTrue(driver.onUi(() -> problems.getItem(0).getText(2)).contains("不是社区的直接上一级"),
                    driver.onUi(() -> problems.getItem(0).getText(2)));
            driver.screenshot("import-wizard");

            // all or nothing: refused, nothing written, the wizard stays open
            Button finish = driver.onUi(() -> SwtDriver.find(wizard, Button.class, b -> b.getText().startsWith("完成")));
            driver.click(finish);
            driver.waitUntil("the refusal", () -> !wizard.isDisposed() && wizardMessage(wizard).contains("未写入任何数据"));
            assertTrue(units.find("W-1").isEmpty(), "nothing written");

            // import the valid rows, the bad one goes to the rejects file
            Button skip = driver.onUi(() -> SwtDriver.findByData(wizard, Button.class, "jiedao.import.skip"));
            driver.click(skip);
            Text rejects = driver.onUi(() -> SwtDriver.findByData(wizard, Text.class, "jiedao.import.rejects"));
            driver.waitUntil("the default rejects file", () -> rejects.getText().endsWith("units-问题行.csv"));
            driver.click(finish);
            Shell summary = driver.waitForShell("导入", wizard);
            driver.click(driver.onUi(() -> SwtDriver.find(summary, Button.class, b -> b.getText().contains("OK") || b.getText().contains("确定"))));
            driver.waitForClosed(wizard);
            assertTrue(units.find("W-1-1").isPresent());
            assertTrue(units.find("W-1-2").isEmpty());
            assertTrue(Files.readString(dir.resolve("units-问题行.csv"), StandardCharsets.UTF_8).contains("W-1-2,错层社区,W,社区"));

            // File > Export…: the org units of the user's district to CSV
            driver.selectMenu(window, "文件", "导出(X)…");
            Shell export = driver.waitForShell("导出");
            chooseFormat(driver, driver.onUi(() -> SwtDriver.findByData(export, Combo.class, "jiedao.export.format")), "org-units");
            Text target = driver.onUi(() -> SwtDriver.findByData(export, Text.class, "jiedao.export.file"));
            driver.click(target);
            driver.type(exported.toString());
            Button exportFinish = driver.onUi(() -> SwtDriver.find(export, Button.class, b -> b.getText().startsWith("完成")));
            driver.waitUntil("the export to be possible", () -> exportFinish.isEnabled());
            driver.click(exportFinish);
            Shell exportDone = driver.waitForShell("导出", export);
            driver.click(driver.onUi(() -> SwtDriver.find(exportDone, Button.class, b -> b.getText().contains("OK") || b.getText().contains("确定"))));
            driver.waitForClosed(export);
            String csv = Files.readString(exported, StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("\uFEFF编码,名称,上级编码,层级\r\n"), csv);
            assertTrue(csv.contains("W-1-1,新家社区,W-1,社区"), csv);
            assertFalse(csv.contains("320508"), "only the user's district: " + csv);

            driver.selectMenu(window, "文件", "退出");
            driver.waitUntil("the workbench to close", window::isDisposed);
            done.set(true);
        });
        assertTrue(done.get());
        assertTrue(ImportWizard.class != null && ExportWizard.class != null);
    }

    /** Chooses a format in a wizard's read-only format combo with the arrow keys. */
    private static void chooseFormat(SwtDriver driver, Combo format, String id) {
        String wanted = "(" + id + ")";
        int index = driver.onUi(() -> {
            String[] items = format.getItems();
            for (int i = 0; i < items.length; i++) {
                if (items[i].endsWith(wanted)) {
                    return i;
                }
            }
            return -1;
        });
        assertTrue(index >= 0, driver.onUi(() -> java.util.Arrays.toString(format.getItems())));
        driver.onUi(() -> {
            format.getShell().forceActive();
            format.setFocus();
        });
        int current = driver.onUi(format::getSelectionIndex);
        for (int i = current; i < index; i++) {
            driver.press(SWT.ARROW_DOWN);
        }
        for (int i = current; i > index; i--) {
            driver.press(SWT.ARROW_UP);
        }
        driver.waitUntil(id + " to be chosen", () -> format.getText().endsWith(wanted));
    }

    private static String wizardMessage(Shell wizard) {
        StringBuilder text = new StringBuilder();
        for (org.eclipse.swt.widgets.Text t : SwtDriver.findAll(wizard, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) != 0)) {
            text.append(t.getText());
        }
        for (org.eclipse.swt.widgets.Label l : SwtDriver.findAll(wizard, org.eclipse.swt.widgets.Label.class, l -> true)) {
            text.append(l.getText());
        }
        for (org.eclipse.swt.custom.CLabel l : SwtDriver.findAll(wizard, org.eclipse.swt.custom.CLabel.class, l -> true)) {
            text.append(l.getText());
        }
        return text.toString();
    }

}
