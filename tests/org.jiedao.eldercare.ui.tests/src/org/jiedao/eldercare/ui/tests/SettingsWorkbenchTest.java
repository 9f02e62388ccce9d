package org.jiedao.eldercare.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.EldercareSettings;
import org.jiedao.eldercare.ui.internal.SettingsDialog;
import org.jiedao.testing.Services;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.testing.WorkbenchRunner;
import org.junit.jupiter.api.Test;

/**
 * 为老服务 › 设置… in the real workbench, in Chinese, with real clicks and keys: a street officer types a new assessment
 * deadline and adds an elder category; a community worker sees the settings read-only.
 */
class SettingsWorkbenchTest {

    private static final String PASSWORD = "Jinxiang-Guize-2021!";

    @Test
    void aStreetOfficerChangesTheRulesAndACommunityWorkerReadsThem() throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        EldercareSettings settings = Services.await(EldercareSettings.class);
        security.signOut();
        if (units.find("S").isEmpty()) {
            units.create("S", "姑苏区", OrgLevel.DISTRICT, null);
            units.create("S-2", "金阊街道", OrgLevel.STREET, "S");
            units.create("S-2-1", "三元一村社区", OrgLevel.COMMUNITY, "S-2");
            security.createUser("rules-officer", "金阊街道工作人员", Role.STREET_OFFICER, "S-2", PASSWORD.toCharArray());
            security.createUser("rules-worker", "三元一村社区工作者", Role.COMMUNITY_WORKER, "S-2-1", PASSWORD.toCharArray());
        }
        AtomicBoolean changed = new AtomicBoolean();
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell window = driver.signIn("rules-officer", PASSWORD);
            driver.selectMenu(window, "为老服务", "设置…");
            Shell dialog = driver.waitForShell("为老服务设置");
            Spinner assessment = driver.onUi(() -> SwtDriver.findByData(dialog, Spinner.class, SettingsDialog.ASSESSMENT));
            assertEquals(15, driver.onUi(() -> assessment.getSelection()), "the default");
            driver.click(assessment);
            driver.press(SWT.END);
            driver.press(SWT.BS);
            driver.press(SWT.BS);
            driver.type("20");
            driver.waitUntil("20 typed", () -> driver.onUi(() -> assessment.getText()).equals("20"));

            driver.click(driver.onUi(() -> SwtDriver.findByData(dialog, Button.class, SettingsDialog.ADD)));
            Shell ask = driver.waitForShell("添加…");
            Text name = driver.onUi(() -> SwtDriver.find(ask, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0));
            driver.onUi(() -> name.setText("高龄")); // Chinese is entered through an input method, not typed as key events
            driver.waitUntil("the category typed", () -> driver.onUi(() -> name.getText()).equals("高龄"));
            driver.click(driver.onUi(() -> SwtDriver.find(ask, Button.class, b -> b.getText().equals("确定"))));
            driver.waitForClosed(ask);
            driver.waitUntil("the category listed", () -> driver.onUi(() -> List.of(SwtDriver.findByData(dialog, org.eclipse.swt.widgets.List.class,
                    SettingsDialog.CATEGORIES).getItems())).contains("高龄"));
            driver.screenshot("eldercare-settings");
            driver.click(driver.onUi(() -> SwtDriver.find(dialog, Button.class, b -> b.getText().equals("确定"))));
            driver.waitForClosed(dialog);
            driver.selectMenu(window, "文件", "退出");
            driver.waitUntil("the workbench to close", window::isDisposed);
            changed.set(true);
        });
        assertTrue(changed.get());
        assertEquals(20, settings.rules().assessmentDays());
        assertTrue(Services.await(ElderRegistry.class).categories().contains("高龄"));

        AtomicBoolean read = new AtomicBoolean();
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell window = driver.signIn("rules-worker", PASSWORD);
            driver.selectMenu(window, "为老服务", "设置…");
            Shell dialog = driver.waitForShell("为老服务设置");
            Spinner assessment = driver.onUi(() -> SwtDriver.findByData(dialog, Spinner.class, SettingsDialog.ASSESSMENT));
            assertEquals(20, driver.onUi(() -> assessment.getSelection()));
            assertFalse(driver.onUi(() -> assessment.isEnabled()), "read-only for a community worker");
            assertFalse(driver.onUi(() -> SwtDriver.findByData(dialog, Button.class, SettingsDialog.ADD).isEnabled()));
            driver.click(driver.onUi(() -> SwtDriver.find(dialog, Button.class,
                    b -> Integer.valueOf(org.eclipse.jface.dialogs.IDialogConstants.OK_ID).equals(b.getData())))); // its only button: 关闭
            driver.waitForClosed(dialog);
            driver.selectMenu(window, "文件", "退出");
            driver.waitUntil("the workbench to close", window::isDisposed);
            read.set(true);
        });
        assertTrue(read.get());
        // the other tests of this runtime count with the default deadlines
        security.signIn("rules-officer", PASSWORD.toCharArray());
        settings.setRules(EldercareSettings.Rules.DEFAULT);
        security.signOut();
    }
}
