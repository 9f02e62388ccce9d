package org.jiedao.safety.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.safety.CheckResult;
import org.jiedao.safety.Finding;
import org.jiedao.safety.Inspection;
import org.jiedao.safety.NewPremises;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.RectificationOrder;
import org.jiedao.safety.SafetyInspections;
import org.jiedao.safety.SafetyPremisesRegistry;
import org.jiedao.safety.SafetyTemplates;
import org.jiedao.safety.Severity;
import org.jiedao.safety.ui.internal.InspectionPart;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An inspection entered by keyboard on a real SWT display (Xvfb) with the X server's own key events:
 * the premises' code and Enter load the checklist, one key per item answers it and moves on, Enter
 * opens the item's note, a photo becomes a thumbnail (a file that is no image is refused at once),
 * Ctrl+S saves — and the stored inspection, its findings, photo and order are what was typed.
 */
class InspectionUiTest {

    static final String PREMISES = "KQ-SHY-01";

    @BeforeAll
    static void setUp() throws Exception {
        UiScenario.signedIn("inspector", "康桥花园社区网格员", Role.COMMUNITY_WORKER, UiScenario.KANGQIAO, false);
        Services.await(SafetyPremisesRegistry.class).register(new NewPremises(PREMISES, "康桥花园沿街三合一商铺", PremisesCategory.THREE_IN_ONE,
                "康桥花园社区", "嘉元路 8 号", "陈立新", "陈立新", "13962100001", null, 3, null));
    }

    @AfterAll
    static void tearDown() {
        Services.await(SecurityService.class).signOut();
    }

    @Test
    void anInspectionIsEnteredByKeyboardWithAPhotoAndSavedWhole() throws Throwable {
        UiScenario.withDisplay(InspectionUiTest::scenario);
    }

    static String column(Table table, int row, int column) {
        return table.getItem(row).getText(column);
    }

    static void scenario() throws Exception {
        SwtDriver driver = UiScenario.driver;
        SafetyInspections inspections = Services.await(SafetyInspections.class);
        int items = Services.await(SafetyTemplates.class).current(PremisesCategory.THREE_IN_ONE).items().size();
        Shell shell = driver.onUi(() -> {
            Shell s = new Shell(UiScenario.display);
            s.setText("消防安全 检查录入");
            GridLayoutFactory.fillDefaults().applyTo(s);
            s.setBounds(0, 0, 1000, 700);
            return s;
        });
        InspectionPart part = driver.onUi(() -> {
            InspectionPart p = new InspectionPart(Services.await(SafetyPremisesRegistry.class), Services.await(SafetyTemplates.class), inspections,
                    Services.await(SecurityService.class));
            p.create(shell);
            shell.open();
            shell.forceActive();
            return p;
        });
        Text code = driver.onUi(() -> SwtDriver.findByData(shell, Text.class, InspectionPart.PREMISES));
        Table table = driver.onUi(() -> SwtDriver.findByData(shell, Table.class, InspectionPart.ITEMS));
        Label status = driver.onUi(() -> SwtDriver.findByData(shell, Label.class, InspectionPart.STATUS));
        driver.click(code);
        driver.typeWithX(PREMISES);
        driver.pressWithX("Return");
        driver.waitUntil("the checklist of " + PREMISES, () -> driver.onUi(table::getItemCount) == items);

        // three answers, then Ctrl+S: refused, naming the first item not answered
        driver.typeWithX("1g1");
        driver.pressWithX("ctrl+s");
        driver.waitUntil("item 4 is not answered", () -> driver.onUi(status::getText).contains("4"));
        assertTrue(inspections.inspections(PREMISES).isEmpty(), "nothing saved");
        // item 4 a major hazard, item 5 not applicable, the rest pass
        driver.typeWithX("3n" + "1".repeat(items - 5));
        Locale locale = Locale.getDefault();
        driver.waitUntil("every item answered", () -> driver.onUi(() -> !column(table, items - 1, 2).isEmpty()));
        assertEquals(CheckResult.PASS.displayName(locale), driver.onUi(() -> column(table, 0, 2)));
        assertEquals(Severity.GENERAL.displayName(locale), driver.onUi(() -> column(table, 1, 2)));
        assertEquals(Severity.MAJOR.displayName(locale), driver.onUi(() -> column(table, 3, 2)));
        assertEquals(CheckResult.NOT_APPLICABLE.displayName(locale), driver.onUi(() -> column(table, 4, 2)));

        // up to item 4, Enter: its note; Enter again: back to the list, on item 5
        for (int i = 0; i < items - 4; i++) {
            driver.pressWithX("Up");
        }
        driver.waitUntil("item 4 selected", () -> driver.onUi(table::getSelectionIndex) == 3);
        driver.pressWithX("Return");
        driver.typeWithX("exit blocked by goods");
        driver.pressWithX("Return");
        driver.waitUntil("the note kept", () -> driver.onUi(() -> column(table, 3, 3)).equals("exit blocked by goods"));
        driver.waitUntil("on item 5", () -> driver.onUi(table::getSelectionIndex) == 4);
        driver.pressWithX("Up");
        driver.waitUntil("back on item 4", () -> driver.onUi(table::getSelectionIndex) == 3);

        // a photo of item 4: a PNG becomes a thumbnail; a text file named .png is refused at once
        Path dir = Files.createTempDirectory("safety-photos");
        Path photo = dir.resolve("exit.png");
        ImageLoader loader = new ImageLoader();
        ImageData data = new ImageData(320, 240, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        loader.data = new ImageData[] { data };
        loader.save(photo.toString(), SWT.IMAGE_PNG);
        Path fake = Files.writeString(dir.resolve("fake.png"), "not an image", StandardCharsets.UTF_8);
        assertTrue(driver.onUi(() -> part.addPhoto(photo)));
        assertFalse(driver.onUi(() -> part.addPhoto(fake)));
        assertTrue(driver.onUi(status::getText).contains("fake.png"), driver.onUi(status::getText));
        Label thumbnail = driver.onUi(() -> SwtDriver.find(shell, Label.class, l -> "exit.png".equals(l.getData("safety.photo"))));
        assertNotNull(thumbnail, "the photo is shown as a thumbnail");
        assertTrue(driver.onUi(() -> thumbnail.getImage() != null && thumbnail.getImage().getBounds().width <= 96));
        assertEquals("1", driver.onUi(() -> column(table, 3, 4)));
        driver.screenshot("safety-inspection");

        driver.onUi(() -> {
            table.setFocus();
        });
        driver.pressWithX("ctrl+s");
        driver.waitUntil("saved", () -> !inspections.inspections(PREMISES).isEmpty());
        Inspection saved = inspections.inspections(PREMISES).get(0);
        assertEquals(LocalDate.now(), saved.inspectedOn());
        assertEquals("康桥花园社区网格员", saved.inspector());
        Finding four = saved.findings().get(3);
        assertEquals(Severity.MAJOR, four.severity());
        assertEquals("exit blocked by goods", four.note());
        assertEquals(1, four.photos());
        assertEquals(Severity.GENERAL, saved.findings().get(1).severity());
        assertEquals(CheckResult.NOT_APPLICABLE, saved.findings().get(4).result());
        RectificationOrder order = inspections.order(saved.issuedOrder()).orElseThrow();
        assertEquals(Severity.MAJOR, order.severity(), "the gravest hazard sets the order's deadline");
        driver.waitUntil("the status names the order", () -> driver.onUi(status::getText).contains(order.code()));
        assertEquals(0, driver.onUi(table::getItemCount), "ready for the next premises");
        driver.onUi(() -> shell.close());
    }
}
