package org.jiedao.eldercare.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.NewElder;
import org.jiedao.eldercare.Renovation;
import org.jiedao.eldercare.RenovationStatus;
import org.jiedao.eldercare.Renovations;
import org.jiedao.eldercare.ui.internal.RenovationsPart;
import org.jiedao.testing.Services;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.testing.WorkbenchRunner;
import org.jiedao.ui.widgets.RecordTable;
import org.junit.jupiter.api.Test;

/**
 * 适老化改造 in the real workbench, in Chinese, with real clicks: the community worker assesses an
 * application with catalogue items; the street officer's subsidy above the policy is refused with the
 * reason, the policy's subsidy approved; an overdue application stands out in red.
 */
class RenovationWorkflowTest {

    private static final String PASSWORD = "Jinxiang-Lin-2021!";

    @Test
    void aWorkerAssessesAndAStreetOfficerApprovesTheSubsidy() throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        ElderRegistry registry = Services.await(ElderRegistry.class);
        Renovations renovations = Services.await(Renovations.class);
        security.signOut();
        if (units.find("R").isEmpty()) {
            units.create("R", "姑苏区", OrgLevel.DISTRICT, null);
            units.create("R-2", "金阊街道", OrgLevel.STREET, "R");
            units.create("R-2-1", "三元一村社区", OrgLevel.COMMUNITY, "R-2");
            security.createUser("r-worker", "三元一村社区工作者", Role.COMMUNITY_WORKER, "R-2-1", PASSWORD.toCharArray());
            security.createUser("r-officer", "金阊街道工作人员", Role.STREET_OFFICER, "R-2", PASSWORD.toCharArray());
        }
        security.signIn("r-officer", PASSWORD.toCharArray());
        renovations.setCatalogueItem("GRAB-BAR", "扶手及紧急呼叫按钮", new BigDecimal("1280.00"));
        renovations.setCatalogueItem("FLOOR", "防滑地面", new BigDecimal("45.00"));
        renovations.setSubsidyRule(LocalDate.now().getYear(), Renovations.OTHERS, new BigDecimal("50"), new BigDecimal("3000"));
        renovations.setSubsidyRule(LocalDate.now().minusDays(20).getYear(), Renovations.OTHERS, new BigDecimal("50"), new BigDecimal("3000"));
        security.signIn("r-worker", PASSWORD.toCharArray());
        long elder = registry.register(new NewElder(ElderRegistryWorkbenchTest.number(LocalDate.of(1940, 3, 3), 61), "陈阿婆", "R-2-1", "5", "2", "1",
                null, true, null, null, null, null));
        long late = renovations.apply(elder, LocalDate.now().minusDays(20), null);
        long id = renovations.apply(elder, LocalDate.now(), null);
        security.signOut();

        AtomicBoolean assessed = new AtomicBoolean();
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell window = driver.signIn("r-worker", PASSWORD);
            driver.selectMenu(window, "为老服务", "适老化改造");
            RecordTable<Renovation> table = table(driver, window);
            driver.waitUntil("the two applications", () -> table.getRowCount() == 2 && !table.isLoading());
            driver.onUi(() -> {
                assertEquals(Long.toString(late), table.getText(0, 0));
                assertEquals(RenovationsPart.OVERDUE_BACKGROUND, table.getRowBackground(0), "the overdue application in red");
                assertTrue(table.getText(0, 5).contains("已逾期"), table.getText(0, 5));
                assertEquals("已申请", table.getText(1, 4));
            });
            select(driver, table, id);
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, RenovationsPart.ASSESS)));
            Shell dialog = driver.waitForShell("评估…");
            Text items = driver.onUi(() -> SwtDriver.find(dialog, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0));
            driver.click(items);
            driver.type("GRAB-BAR*1; FLOOR*10");
            driver.waitUntil("the items typed", () -> driver.onUi(() -> items.getText()).equals("GRAB-BAR*1; FLOOR*10"));
            driver.click(driver.onUi(() -> SwtDriver.find(dialog, Button.class, b -> b.getText().equals("确定"))));
            driver.waitForClosed(dialog);
            driver.waitUntil("assessed in the table", () -> driver.onUi(() -> table.getRowCount() == 2 && !table.isLoading()
                    && table.getText(1, 4).equals("已评估")));
            assertEquals("1730.00", driver.onUi(() -> table.getText(1, 6)), "1280 + 10 × 45");
            driver.selectMenu(window, "文件", "退出");
            driver.waitUntil("the workbench to close", window::isDisposed);
            assessed.set(true);
        });
        assertTrue(assessed.get());

        AtomicBoolean approved = new AtomicBoolean();
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell window = driver.signIn("r-officer", PASSWORD);
            driver.selectMenu(window, "为老服务", "适老化改造");
            RecordTable<Renovation> table = table(driver, window);
            driver.waitUntil("the two applications", () -> table.getRowCount() == 2 && !table.isLoading());
            select(driver, table, id);
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, RenovationsPart.APPROVE)));
            Shell ask = driver.waitForShell("批准…");
            driver.onUi(() -> SwtDriver.find(ask, Text.class, t -> (t.getStyle() & SWT.READ_ONLY) == 0).setText("900.00"));
            driver.click(driver.onUi(() -> SwtDriver.find(ask, Button.class, b -> b.getText().equals("确定"))));
            Shell error = driver.waitForShell("适老化改造");
            driver.click(driver.onUi(() -> SwtDriver.find(error, Button.class, b -> b.getText().equals("确定"))));
            driver.waitForClosed(error);
            assertEquals(RenovationStatus.ASSESSED, renovations.find(id, LocalDate.now()).orElseThrow().status(), "a refused subsidy changes nothing");

            select(driver, table, id);
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, RenovationsPart.APPROVE)));
            Shell again = driver.waitForShell("批准…");
            driver.click(driver.onUi(() -> SwtDriver.find(again, Button.class, b -> b.getText().equals("确定"))));
            driver.waitForClosed(again);
            driver.waitUntil("approved with the policy's subsidy", () -> driver.onUi(() -> !table.isLoading() && table.getRowCount() == 2
                    && table.getText(1, 4).equals("已批准") && table.getText(1, 7).equals("865.00")));
            driver.screenshot("eldercare-renovations");
            driver.selectMenu(window, "文件", "退出");
            driver.waitUntil("the workbench to close", window::isDisposed);
            approved.set(true);
        });
        assertTrue(approved.get());
        security.signIn("r-officer", PASSWORD.toCharArray());
        Renovation r = renovations.find(id, LocalDate.now()).orElseThrow();
        assertEquals(new BigDecimal("865.00"), r.subsidy(), "50 % of 1,730.00");
        assertEquals(Map.of("GRAB-BAR", 1, "FLOOR", 10), Map.of(r.items().get(0).code(), r.items().get(0).quantity(), r.items().get(1).code(),
                r.items().get(1).quantity()));
        assertEquals("r-officer", r.history().get(2).by());
        security.signOut();
    }

    static void select(SwtDriver driver, RecordTable<Renovation> table, long id) {
        driver.onUi(() -> {
            for (int i = 0; i < table.getRowCount(); i++) {
                if (table.getRow(i).id() == id) {
                    table.getNatTable().doCommand(new SelectRowsCommand(table.getNatTable(), 1, i + 2, false, false));
                }
            }
        });
        driver.waitUntil("the application selected", () -> table.getSelection().size() == 1 && table.getSelection().get(0).id() == id);
    }

    @SuppressWarnings("unchecked")
    static RecordTable<Renovation> table(SwtDriver driver, Shell window) {
        Canvas control = driver.waitFor(window, Canvas.class, c -> c.getData(RenovationsPart.TABLE) != null && c.isVisible());
        return (RecordTable<Renovation>) driver.onUi(() -> control.getData(RenovationsPart.TABLE));
    }
}
