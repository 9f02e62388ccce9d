package org.jiedao.safety.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.safety.CheckResult;
import org.jiedao.safety.ChecklistItem;
import org.jiedao.safety.ItemAnswer;
import org.jiedao.safety.NewPremises;
import org.jiedao.safety.OrderStatus;
import org.jiedao.safety.Premises;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.SafetyInspections;
import org.jiedao.safety.SafetyPremisesRegistry;
import org.jiedao.safety.SafetyTemplates;
import org.jiedao.safety.Severity;
import org.jiedao.safety.ui.internal.Messages;
import org.jiedao.safety.ui.internal.OrdersPart;
import org.jiedao.safety.ui.internal.PremisesPart;
import org.jiedao.safety.ui.internal.TemplatesPart;
import org.jiedao.testing.Services;
import org.jiedao.ui.widgets.Filter;
import org.jiedao.ui.widgets.Sort;
import org.jiedao.ui.testing.SwtDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The premises, rectification-order and template parts on a real SWT display (Xvfb), on the
 * services and an embedded Derby: the register masked and filtered, an order closed by its
 * re-inspection from the part, a template saved as a new version by a click while the past
 * inspection keeps its version.
 */
class PartsUiTest {

    @BeforeAll
    static void setUp() throws Exception {
        UiScenario.signedIn("officer", "元和街道消防安全员", Role.STREET_OFFICER, "320507001", true);
        SafetyPremisesRegistry registry = Services.await(SafetyPremisesRegistry.class);
        registry.register(new NewPremises("KQ-CZ-A", "康桥花园 2 幢出租房", PremisesCategory.RENTAL, "康桥花园社区", "康桥花园 2 幢 301 室", "周建华",
                "周建华", "13962100011", 3, 7, null));
        registry.register(new NewPremises("KQ-DC-B", "康桥花园北门充电棚", PremisesCategory.E_BIKE, "康桥花园社区", "康桥花园北门", "东方环境物业",
                "郑海", "13962100012", null, null, 30));
        List<ItemAnswer> answers = new ArrayList<>();
        for (ChecklistItem item : Services.await(SafetyTemplates.class).current(PremisesCategory.RENTAL).items()) {
            boolean hazard = item.number() == 2;
            answers.add(new ItemAnswer(item.number(), hazard ? CheckResult.HAZARD : CheckResult.PASS, hazard ? Severity.GENERAL : null, null));
        }
        Services.await(SafetyInspections.class).inspect("KQ-CZ-A", LocalDate.now().minusDays(2), "王明", 0, answers, null);
    }

    @AfterAll
    static void tearDown() {
        Services.await(SecurityService.class).signOut();
    }

    @Test
    void thePartsShowAndChangeTheRecords() throws Throwable {
        UiScenario.withDisplay(PartsUiTest::scenario);
    }

    static <P> P inShell(String title, Function<Composite, P> part) {
        return UiScenario.driver.onUi(() -> {
            Shell shell = new Shell(UiScenario.display);
            shell.setText(title);
            GridLayoutFactory.fillDefaults().applyTo(shell);
            shell.setBounds(0, 0, 1100, 700);
            P p = part.apply(shell);
            shell.open();
            return p;
        });
    }

    /** A mouse's click (pointer moved, button pressed and released by the X server) in the middle of a header cell. */
    static void clickHeader(SwtDriver driver, NatTable nat, int column) {
        driver.click(nat, () -> {
            Rectangle cell = nat.getCellByPosition(column, 0).getBounds();
            return new Point(cell.x + cell.width / 2, cell.y + cell.height / 2);
        });
    }

    static void scenario() {
        SwtDriver driver = UiScenario.driver;
        SafetyInspections inspections = Services.await(SafetyInspections.class);
        SafetyTemplates templates = Services.await(SafetyTemplates.class);
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);

        // the register: both premises, personal fields masked; the search's filter down to one
        PremisesPart premises = inShell("场所", parent -> {
            PremisesPart p = new PremisesPart(Services.await(SafetyPremisesRegistry.class), inspections, units, security);
            p.create(parent);
            return p;
        });
        var table = premises.table();
        driver.waitUntil("two premises", () -> driver.onUi(() -> !table.isLoading() && table.getRowCount() == 2));
        assertEquals("KQ-CZ-A", driver.onUi(() -> table.getText(0, 0)));
        assertEquals("139****0011", driver.onUi(() -> table.getText(0, 7)), "phones masked in the list");
        // the table's own header sort (mouse clicks by the X server) and filter row, answered by the database
        NatTable nat = driver.onUi(table::getNatTable);
        clickHeader(driver, nat, 0);
        driver.waitUntil("by code ascending", () -> driver.onUi(() -> Sort.ascending("code").equals(table.getSort()) && !table.isLoading()));
        clickHeader(driver, nat, 0);
        driver.waitUntil("by code descending", () -> driver.onUi(() -> Sort.descending("code").equals(table.getSort()) && !table.isLoading()
                && table.getRowCount() == 2 && "KQ-DC-B".equals(table.getText(0, 0))));
        clickHeader(driver, nat, 1);
        driver.waitUntil("by name ascending", () -> driver.onUi(() -> Sort.ascending("name").equals(table.getSort()) && !table.isLoading()
                && table.getRowCount() == 2 && "KQ-CZ-A".equals(table.getText(0, 0))));
        driver.onUi(() -> table.setFilter(Filter.NONE.with("name", Filter.Match.CONTAINS, "充电")));
        driver.waitUntil("the name filter", () -> driver.onUi(() -> !table.isLoading() && table.getRowCount() == 1
                && "KQ-DC-B".equals(table.getText(0, 0))));
        driver.onUi(() -> {
            table.setFilter(Filter.NONE);
            table.setSort(Sort.NONE);
        });
        driver.waitUntil("two premises again", () -> driver.onUi(() -> !table.isLoading() && table.getRowCount() == 2));
        driver.onUi(() -> premises.show("充电棚"));
        driver.waitUntil("one premises", () -> driver.onUi(() -> !table.isLoading() && table.getRowCount() == 1));
        assertEquals("KQ-DC-B", driver.onUi(() -> table.getText(0, 0)));
        driver.screenshot("safety-premises");

        // the editor (FormDialog): a typed name saved; a taken code refused in the dialog, which keeps the input
        SafetyPremisesRegistry registry = Services.await(SafetyPremisesRegistry.class);
        Premises b = registry.find("KQ-DC-B").orElseThrow();
        driver.onUi(() -> UiScenario.display.asyncExec(() -> premises.edit(b)));
        Shell edit = driver.waitForShell(NLS.bind(Messages.PremisesDialog_editTitle, b.name()));
        List<Text> fields = driver.onUi(() -> SwtDriver.findAll(edit, Text.class, t -> (t.getStyle() & SWT.SINGLE) != 0));
        assertEquals("13962100012", driver.onUi(() -> fields.get(5).getText()), "the editor shows the phone in clear to a user with the permission");
        driver.click(fields.get(1));
        driver.onUi(() -> fields.get(1).selectAll());
        driver.typeWithX("Kangqiao north gate charging shed");
        driver.pressWithX("Return");
        driver.waitUntil("saved and closed", () -> driver.onUi(edit::isDisposed));
        assertEquals("Kangqiao north gate charging shed", registry.find("KQ-DC-B").orElseThrow().name());
        assertEquals(b.phone(), registry.find("KQ-DC-B").orElseThrow().phone(), "the rest unchanged");

        driver.onUi(() -> UiScenario.display.asyncExec(() -> premises.edit(null)));
        Shell create = driver.waitForShell(Messages.PremisesDialog_newTitle);
        driver.onUi(() -> {
            List<Text> texts = SwtDriver.findAll(create, Text.class, t -> (t.getStyle() & SWT.SINGLE) != 0);
            texts.get(0).setText("KQ-DC-B");
            texts.get(1).setText("重复的场所");
            for (Combo combo : SwtDriver.findAll(create, Combo.class, c -> true)) {
                combo.select(0);
                combo.notifyListeners(SWT.Modify, new Event());
                combo.notifyListeners(SWT.Selection, new Event());
            }
        });
        Button ok = driver.onUi(() -> SwtDriver.find(create, Button.class, x -> x.getText().equals(IDialogConstants.OK_LABEL)));
        driver.waitUntil("OK enabled", () -> driver.onUi(ok::isEnabled));
        driver.click(ok);
        driver.waitUntil("the refusal in the dialog", () -> driver.onUi(() -> SwtDriver.findAll(create, org.eclipse.swt.widgets.Label.class,
                l -> l.getText().contains("KQ-DC-B")).size() > 0 || SwtDriver.findAll(create, Text.class,
                        t -> (t.getStyle() & SWT.READ_ONLY) != 0 && t.getText().contains("KQ-DC-B")).size() > 0));
        assertTrue(driver.onUi(() -> !create.isDisposed()), "the dialog stays open");
        assertEquals("重复的场所", driver.onUi(() -> SwtDriver.findAll(create, Text.class, t -> (t.getStyle() & SWT.SINGLE) != 0).get(1).getText()));
        driver.onUi(() -> create.close());
        driver.onUi(() -> table.getControl().getShell().close());

        // the orders: the open one, closed by its re-inspection from the part
        OrdersPart orders = inShell("整改通知", parent -> {
            OrdersPart p = new OrdersPart(inspections, units, security);
            p.create(parent);
            return p;
        });
        var orderTable = orders.table();
        driver.waitUntil("the open order", () -> driver.onUi(() -> !orderTable.isLoading() && orderTable.getRowCount() == 1));
        String code = driver.onUi(() -> orderTable.getText(0, 0));
        driver.onUi(() -> orders.reinspect(code, true, "杂物已清理"));
        driver.waitUntil("no open order left", () -> driver.onUi(() -> !orderTable.isLoading() && orderTable.getRowCount() == 0));
        assertEquals(OrderStatus.CLOSED, inspections.order(code).orElseThrow().status());
        driver.onUi(() -> orderTable.getControl().getShell().close());

        // the templates: the officer's items saved by a click as version 2; the inspection keeps version 1
        Shell[] shell = new Shell[1];
        inShell("检查表模板", parent -> {
            TemplatesPart p = new TemplatesPart(templates, security);
            p.create(parent);
            shell[0] = (Shell) parent;
            return p;
        });
        driver.onUi(() -> {
            SwtDriver.findByData(shell[0], Text.class, TemplatesPart.ITEMS).setText("严禁住人与生产经营合用\n严禁私拉乱接电线\n\n严禁楼道内停放电动自行车");
            shell[0].forceActive();
        });
        driver.click(driver.onUi(() -> SwtDriver.findByData(shell[0], Button.class, TemplatesPart.SAVE)));
        driver.waitUntil("version 2", () -> templates.current(PremisesCategory.RENTAL).version() == 2);
        assertEquals(List.of("严禁住人与生产经营合用", "严禁私拉乱接电线", "严禁楼道内停放电动自行车"),
                templates.current(PremisesCategory.RENTAL).items().stream().map(ChecklistItem::text).toList(), "blank lines left out");
        assertTrue(templates.current(PremisesCategory.RENTAL).items().stream().noneMatch(ChecklistItem::sample));
        var checklistInspection = inspections.inspections("KQ-CZ-A").stream().filter(i -> i.orderCode() == null).findFirst().orElseThrow();
        assertEquals(1, checklistInspection.templateVersion(), "the past inspection keeps its version (the re-inspection has none)");
        driver.onUi(() -> shell[0].close());
    }
}
