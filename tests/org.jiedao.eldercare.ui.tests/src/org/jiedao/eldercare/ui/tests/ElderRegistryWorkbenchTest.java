package org.jiedao.eldercare.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.Elder;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.NewElder;
import org.jiedao.eldercare.ResidentIdNumber;
import org.jiedao.eldercare.ui.internal.ElderDialog;
import org.jiedao.eldercare.ui.internal.ElderRegistryPart;
import org.jiedao.testing.Services;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.testing.WorkbenchRunner;
import org.jiedao.ui.widgets.RecordTable;
import org.junit.jupiter.api.Test;

/**
 * 老年人档案 in the real workbench, in Chinese, with real clicks: a community worker opens the registry
 * from the 为老服务 menu, sees their community's elders unmasked and filters those living alone; a
 * street officer sees the same elders masked.
 */
class ElderRegistryWorkbenchTest {

    private static final String PASSWORD = "Jinxiang-Lin-2021!";

    static String number(LocalDate birth, int seq) {
        String first17 = "320508" + birth.toString().replace("-", "") + String.format("%03d", seq);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    @Test
    void aCommunityWorkerFiltersTheRegistryAndAStreetOfficerSeesItMasked() throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        ElderRegistry registry = Services.await(ElderRegistry.class);
        security.signOut();
        if (units.find("E").isEmpty()) {
            units.create("E", "姑苏区", OrgLevel.DISTRICT, null);
            units.create("E-2", "金阊街道", OrgLevel.STREET, "E");
            units.create("E-2-1", "三元一村社区", OrgLevel.COMMUNITY, "E-2");
            security.createUser("sanyuan", "三元一村社区工作者", Role.COMMUNITY_WORKER, "E-2-1", PASSWORD.toCharArray());
            security.createUser("jinchang", "金阊街道工作人员", Role.STREET_OFFICER, "E-2", PASSWORD.toCharArray());
        }
        security.signIn("sanyuan", PASSWORD.toCharArray());
        String alone = number(LocalDate.of(1938, 2, 14), 22);
        registry.register(new NewElder(alone, "张桂兰", "E-2-1", "12", "3", "5", "13912345678", true, "独居", "助餐", "张建国", "13800001111"));
        registry.register(new NewElder(number(LocalDate.of(1958, 7, 1), 33), "李建国", "E-2-1", "12", "3", "2", "13700002222", false, null,
                null, null, null));
        registry.register(new NewElder(number(LocalDate.of(1949, 10, 1), 45), "王秀英", "E-2-1", "8", "1", "1", null, false, "低保", null, null,
                null));
        security.signOut();

        AtomicBoolean done = new AtomicBoolean();
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell window = driver.signIn("sanyuan", PASSWORD);
            driver.selectMenu(window, "为老服务", "老年人档案");
            RecordTable<Elder> table = table(driver, window);
            driver.waitUntil("the three elders", () -> table.getRowCount() == 3 && !table.isLoading());
            Label count = driver.onUi(() -> SwtDriver.findByData(window, Label.class, ElderRegistryPart.COUNT));
            driver.waitUntil("the count", () -> driver.onUi(() -> count.getText()).equals("共 3 名老人"));
            driver.onUi(() -> {
                assertEquals(alone, table.getText(0, 0), "the community's worker sees the ID number");
                assertEquals("张桂兰", table.getText(0, 1));
                assertEquals("女", table.getText(0, 2));
                assertEquals("12幢3单元5层", table.getText(0, 5));
            });
            // a real click on the living-alone filter
            driver.click(driver.onUi(() -> SwtDriver.find(window, Button.class, b -> b.getText().equals("独居") && b.isVisible())));
            driver.waitUntil("the one living alone", () -> table.getRowCount() == 1 && !table.isLoading());
            driver.waitUntil("its count", () -> driver.onUi(() -> count.getText()).equals("共 1 名老人"));
            driver.screenshot("eldercare-registry");

            // the editor: the ID number checked as typed (OK disabled), then a new floor saved and shown
            driver.onUi(() -> table.getNatTable().doCommand(new org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand(
                    table.getNatTable(), 1, 2, false, false)));
            driver.waitUntil("张桂兰 selected", () -> table.getSelection().size() == 1);
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, ElderRegistryPart.EDIT)));
            Shell editor = driver.waitForShell("老人 张桂兰");
            Text id = driver.onUi(() -> SwtDriver.findByData(editor, Text.class, ElderDialog.ID_NUMBER));
            Button ok = driver.onUi(() -> SwtDriver.find(editor, Button.class, b -> b.getText().equals("确定")));
            assertEquals(alone, driver.onUi(() -> id.getText()), "unmasked in the editor of the community's worker");
            String wrong = alone.substring(0, 17) + (alone.charAt(17) == '0' ? '1' : '0');
            driver.onUi(() -> id.setText(wrong));
            driver.waitUntil("OK disabled for a wrong check character", () -> !ok.isEnabled());
            driver.onUi(() -> id.setText(alone));
            driver.waitUntil("OK enabled again", ok::isEnabled);
            Text floor = driver.onUi(() -> SwtDriver.findByData(editor, Text.class, ElderDialog.FLOOR));
            driver.onUi(() -> floor.setText(""));
            driver.click(floor);
            driver.type("6");
            driver.waitUntil("the floor typed", () -> floor.getText().equals("6"));
            driver.click(ok);
            driver.waitForClosed(editor);
            driver.waitUntil("the new floor in the table", () -> !table.isLoading() && table.getRowCount() == 1
                    && table.getText(0, 5).equals("12幢3单元6层"));
            driver.selectMenu(window, "文件", "退出");
            driver.waitUntil("the workbench to close", window::isDisposed);
            done.set(true);
        });
        assertTrue(done.get());

        AtomicBoolean masked = new AtomicBoolean();
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell window = driver.signIn("jinchang", PASSWORD);
            driver.selectMenu(window, "为老服务", "老年人档案");
            RecordTable<Elder> table = table(driver, window);
            driver.waitUntil("the three elders", () -> table.getRowCount() == 3 && !table.isLoading());
            driver.onUi(() -> {
                assertEquals(alone.substring(0, 4) + "**********" + alone.substring(14), table.getText(0, 0));
                assertEquals("张**", table.getText(0, 1));
                assertEquals("139****5678", table.getText(0, 6));
            });
            driver.selectMenu(window, "文件", "退出");
            driver.waitUntil("the workbench to close", window::isDisposed);
            masked.set(true);
        });
        assertTrue(masked.get());
    }

    @SuppressWarnings("unchecked")
    static RecordTable<Elder> table(SwtDriver driver, Shell window) {
        Canvas control = driver.waitFor(window, Canvas.class, c -> c.getData(ElderRegistryPart.TABLE) != null && c.isVisible());
        return (RecordTable<Elder>) driver.onUi(() -> control.getData(ElderRegistryPart.TABLE));
    }
}
