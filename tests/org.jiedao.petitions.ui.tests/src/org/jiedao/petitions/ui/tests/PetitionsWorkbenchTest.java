package org.jiedao.petitions.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.CellStyleUtil;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.petitions.Channel;
import org.jiedao.petitions.MailboxOpening;
import org.jiedao.petitions.NewPetition;
import org.jiedao.petitions.PetitionKind;
import org.jiedao.petitions.PetitionQuery;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.PetitionStatus;
import org.jiedao.petitions.PetitionSummary;
import org.jiedao.petitions.Urgency;
import org.jiedao.petitions.ui.internal.InboxPart;
import org.jiedao.petitions.ui.internal.OpeningDialog;
import org.jiedao.petitions.ui.internal.PetitionDialog;
import org.jiedao.petitions.ui.internal.RegisterDialog;
import org.jiedao.petitions.ui.internal.SettingsDialog;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.testing.Services;
import org.jiedao.ui.testing.SwtDriver;
import org.jiedao.ui.testing.WorkbenchRunner;
import org.jiedao.ui.widgets.RecordTable;
import org.junit.jupiter.api.Test;

/**
 * 民意邮局 in the real workbench, in Chinese, with real clicks: an overdue petition stands out in the
 * inbox; a community worker registers a petition, assigns it, starts, replies and closes it.
 */
class PetitionsWorkbenchTest {

    private static final String PASSWORD = "Xiangcheng-2021!";

    @Test
    void aCommunityWorkerHandlesAPetitionFromRegistrationToClosing() throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        PetitionService petitions = Services.await(PetitionService.class);
        units(security, units);
        long late = petitions.register(new NewPetition(LocalDate.now().minusDays(30), Channel.LETTER, PetitionKind.REQUEST, "P-1-1", "市政设施",
                Urgency.NORMAL, "王五", "13900001111", "小区南侧路灯坏了两周没人修。", null));
        AtomicBoolean done = new AtomicBoolean();
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell window = driver.signIn("huachen", PASSWORD);

            driver.selectMenu(window, "民意邮局", "收件箱");
            Canvas control = driver.waitFor(window, Canvas.class, c -> c.getData(InboxPart.TABLE) != null && c.isVisible());
            @SuppressWarnings("unchecked")
            RecordTable<PetitionSummary> inbox = (RecordTable<PetitionSummary>) driver.onUi(() -> control.getData(InboxPart.TABLE));
            driver.waitUntil("the overdue petition in the inbox", () -> inbox.getRowCount() == 1 && !inbox.isLoading());
            // the number of rows at once, the overdue ones counted after the rows are shown
            Label count = driver.onUi(() -> SwtDriver.findByData(window, Label.class, InboxPart.COUNT));
            driver.waitUntil("the overdue count beside the number", () -> driver.onUi(() -> count.getText()).equals("共 1 件，超期 1 件"));
            // the overdue row is drawn on the overdue colour, its deadline marked
            driver.onUi(() -> {
                assertEquals(Long.toString(late), inbox.getText(0, 0));
                assertEquals(InboxPart.OVERDUE_BACKGROUND, inbox.getRowBackground(0));
                assertTrue(inbox.getText(0, 11).contains("已超期"), inbox.getText(0, 11));
                assertEquals("王*", inbox.getText(0, 7), "the inbox masks the petitioner");
                NatTable nat = inbox.getNatTable();
                ILayerCell cell = nat.getCellByPosition(8, 2); // content cell of the first row, below the header and the filter row
                assertEquals(InboxPart.OVERDUE_BACKGROUND, CellStyleUtil.getCellStyle(cell, nat.getConfigRegistry())
                        .getAttributeValue(CellStyleAttributes.BACKGROUND_COLOR).getRGB(), "painted on red");
            });

            // register a petition
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, InboxPart.REGISTER)));
            Shell register = driver.waitForShell("登记来信");
            Text content = driver.onUi(() -> SwtDriver.findByData(register, Text.class, RegisterDialog.CONTENT));
            driver.onUi(() -> content.setText("楼道里堆放了很多纸箱，存在消防隐患。"));
            Text phone = driver.onUi(() -> SwtDriver.findByData(register, Text.class, RegisterDialog.PHONE));
            driver.click(phone);
            driver.type("13812345678");
            driver.waitUntil("the phone typed", () -> phone.getText().equals("13812345678"));
            driver.click(driver.onUi(() -> SwtDriver.findByData(register, Button.class, RegisterDialog.URGENT)));
            driver.click(driver.onUi(() -> SwtDriver.find(register, Button.class, b -> b.getText().equals("确定"))));
            driver.waitForClosed(register);
            driver.waitUntil("the new petition in the inbox", () -> inbox.getRowCount() == 2 && !inbox.isLoading());
            PetitionSummary created = petitions.list(PetitionQuery.all()).stream().filter(p -> p.id() != late).findFirst().orElseThrow();
            assertEquals(LocalDate.now().plusDays(3), created.dueOn(), "急: three days");
            driver.screenshot("petitions-inbox");

            // open it: assign, start, reply, close
            driver.onUi(() -> {
                for (int i = 0; i < inbox.getRowCount(); i++) {
                    if (inbox.getRow(i).id() == created.id()) {
                        inbox.getNatTable().doCommand(new SelectRowsCommand(inbox.getNatTable(), 1, i + 2, false, false));
                    }
                }
            });
            driver.waitUntil("the new petition selected", () -> inbox.getSelection().size() == 1 && inbox.getSelection().get(0).id() == created.id());
            driver.click(driver.onUi(() -> SwtDriver.findByData(window, Button.class, InboxPart.OPEN)));
            Shell dialog = driver.waitForShell("来信 " + created.id());
            step(driver, dialog, "assign", "P-1-1");
            waitForStatus(driver, dialog, "已交办");
            step(driver, dialog, "start", null);
            waitForStatus(driver, dialog, "办理中");
            step(driver, dialog, "reply", "yi da fu");
            waitForStatus(driver, dialog, "已答复");
            step(driver, dialog, "close", null); // satisfaction: the default 5
            Shell followUp = driver.waitForShell("办结…", dialog);
            driver.click(driver.onUi(() -> SwtDriver.find(followUp, Button.class, b -> b.getText().equals("确定"))));
            waitForStatus(driver, dialog, "已办结");
            Table history = driver.onUi(() -> SwtDriver.findByData(dialog, Table.class, PetitionDialog.HISTORY));
            assertEquals(5, (int) driver.onUi(history::getItemCount), "registered, assigned, started, replied, closed");
            assertEquals("13812345678", driver.onUi(() -> SwtDriver.find(dialog, Label.class, l -> l.getText().equals("13812345678")).getText()),
                    "the handler sees the phone number");
            driver.screenshot("petitions-dialog");

            // attachments: add a scan, refuse one over the limit with a clear message, save it out, remove it
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("petition-ui");
            java.nio.file.Path scan = dir.resolve("来信扫描.png");
            byte[] scanBytes = new byte[30_000];
            new java.util.Random(5).nextBytes(scanBytes);
            java.nio.file.Files.write(scan, scanBytes);
            java.nio.file.Path big = dir.resolve("big-photo.jpg");
            java.nio.file.Files.write(big, new byte[(int) PetitionService.MAX_ATTACHMENT_BYTES + 1]);
            java.nio.file.Path saved = dir.resolve("saved.png");
            java.util.concurrent.atomic.AtomicReference<String> next = new java.util.concurrent.atomic.AtomicReference<>(scan.toString());
            PetitionDialog.fileForTests = (shell, style) -> next.get();
            try {
                driver.click(driver.onUi(() -> SwtDriver.find(dialog, Button.class, b -> "attach".equals(b.getData(PetitionDialog.ACTION)))));
                driver.waitUntil("the scan listed", () -> attachments(dialog).getItemCount() == 1);
                assertEquals("来信扫描.png", driver.onUi(() -> attachments(dialog).getItem(0).getText(0)));
                assertEquals(6, petitions.find(created.id()).orElseThrow().history().size(), "adding it is a history step");

                next.set(big.toString());
                driver.click(driver.onUi(() -> SwtDriver.find(dialog, Button.class, b -> "attach".equals(b.getData(PetitionDialog.ACTION)))));
                Shell tooBig = driver.waitForShell("添加扫描件或照片…", dialog);
                String message = driver.onUi(() -> SwtDriver.find(tooBig, Label.class, l -> l.getText().contains("big-photo.jpg")).getText());
                assertTrue(message.contains("大小为 5,121 KB") && message.contains("最大 5,120 KB"), message);
                driver.click(driver.onUi(() -> SwtDriver.find(tooBig, Button.class, b -> b.getText().equals("确定"))));
                driver.waitForClosed(tooBig);
                assertEquals(1, petitions.find(created.id()).orElseThrow().attachments().size(), "nothing added");

                next.set(saved.toString());
                driver.onUi(() -> {
                    attachments(dialog).setSelection(0);
                    attachments(dialog).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                });
                driver.click(driver.onUi(() -> SwtDriver.find(dialog, Button.class, b -> "save-attachment".equals(b.getData(PetitionDialog.ACTION)))));
                driver.waitUntil("the attachment saved", () -> java.nio.file.Files.exists(saved));
                org.junit.jupiter.api.Assertions.assertArrayEquals(scanBytes, java.nio.file.Files.readAllBytes(saved));

                driver.click(driver.onUi(() -> SwtDriver.find(dialog, Button.class, b -> "remove-attachment".equals(b.getData(PetitionDialog.ACTION)))));
                Shell confirm = driver.waitForShell("删除", dialog);
                driver.click(driver.onUi(() -> SwtDriver.find(confirm, Button.class, b -> b.getText().equals("确定"))));
                driver.waitForClosed(confirm);
                driver.waitUntil("the attachment removed", () -> attachments(dialog).getItemCount() == 0);
            } finally {
                PetitionDialog.fileForTests = null;
            }

            // the 办理单 from the dialog: the platform's print preview
            driver.click(driver.onUi(() -> SwtDriver.find(dialog, Button.class, b -> b.getText().startsWith("打印办理单"))));
            Shell preview = driver.waitForShell("打印预览 - 民意邮局来信办理单", dialog);
            driver.screenshot("petitions-handling-form");
            driver.onUi(preview::close);
            driver.waitForClosed(preview);
            driver.click(driver.onUi(() -> SwtDriver.find(dialog, Button.class, b -> b.getText().startsWith("关闭"))));
            driver.waitForClosed(dialog);
            assertEquals(PetitionStatus.CLOSED, petitions.summary(created.id()).orElseThrow().status());
            assertEquals(5, petitions.find(created.id()).orElseThrow().satisfaction());

            // an import through the service while the inbox is open (records-changed event): the inbox shows
            // the new petitions without 刷新
            driver.waitUntil("the inbox at rest", () -> !inbox.isLoading());
            int before = driver.onUi(inbox::getRowCount);
            java.nio.file.Path sheet = dir.resolve("来信.csv");
            java.nio.file.Files.write(sheet, java.util.List.of("received_on,channel,kind,community,category,urgency,petitioner,phone,content",
                    LocalDate.now() + ",letter,request,P-1-1,,,赵六,,门口的垃圾桶满了没人清运。",
                    LocalDate.now() + ",phone,opinion,P-1-1,,,,,建议小区里增加健身器材。"), java.nio.charset.StandardCharsets.UTF_8);
            ImportResult imported = Services.await(ExchangeService.class).importFile("petitions", sheet, ImportOptions.defaults(),
                    new NullProgressMonitor());
            assertEquals(ImportResult.Status.IMPORTED, imported.status(), imported.problems().toString());
            driver.waitUntil("the imported petitions in the inbox without 刷新", () -> inbox.getRowCount() == before + 2 && !inbox.isLoading());
            assertTrue(driver.onUi(() -> {
                for (int i = 0; i < inbox.getRowCount(); i++) {
                    if (inbox.getRow(i).content().equals("门口的垃圾桶满了没人清运。")) {
                        return true;
                    }
                }
                return false;
            }), "the imported row is shown");

            driver.selectMenu(window, "文件", "退出");
            driver.waitUntil("the workbench to close", window::isDisposed);
            done.set(true);
        });
        assertTrue(done.get());
    }

    @Test
    void aMailboxOpeningGoesOnToItsLettersAndOnlyAdministratorsChangeTheSettings() throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        PetitionService petitions = Services.await(PetitionService.class);
        units(security, units);
        if (security.find("p-admin").isEmpty()) {
            security.createUser("p-admin", "区管理员", Role.DISTRICT_ADMIN, "P", PASSWORD.toCharArray());
        }

        // 每周定时开启邮筒: the opening, then its letters one after another
        AtomicBoolean opened = new AtomicBoolean();
        WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
            Shell window = driver.signIn("huachen", PASSWORD);
            driver.selectMenu(window, "民意邮局", "登记邮筒开启(M)…");
            Shell opening = driver.waitForShell("登记邮筒开启");
            driver.fill(opening, OpeningDialog.OPENED_BY, "Zhang Wei");
            driver.fill(opening, OpeningDialog.WITNESS, "Li Na");
            driver.click(driver.onUi(() -> SwtDriver.find(opening, Button.class, b -> b.getText().equals("确定"))));
            driver.waitForClosed(opening);
            Shell ask = driver.waitForShell("登记邮筒开启");
            driver.click(driver.onUi(() -> SwtDriver.find(ask, Button.class, b -> b.getText().startsWith("是"))));
            driver.waitForClosed(ask);

            Shell letters = driver.waitForShell("登记来信");
            Text content = driver.onUi(() -> SwtDriver.findByData(letters, Text.class, RegisterDialog.CONTENT));
            driver.onUi(() -> content.setText("希望增加老年人助餐点的供应时间。"));
            driver.click(driver.onUi(() -> SwtDriver.find(letters, Button.class, b -> b.getText().equals("保存并登记下一封"))));
            driver.waitUntil("the form emptied for the next letter", () -> driver.onUi(() -> content.getText()).isEmpty());
            assertTrue(driver.onUi(() -> SwtDriver.find(letters, Label.class, l -> l.getText().startsWith("本次开启已登记来信")).getText())
                    .contains("1 封"));
            driver.onUi(() -> content.setText("电动车在楼道充电，请物业管一管。"));
            driver.click(driver.onUi(() -> SwtDriver.find(letters, Button.class, b -> b.getText().equals("确定"))));
            driver.waitForClosed(letters);

            // 设置… for a community worker: shown, not changeable
            driver.selectMenu(window, "民意邮局", "设置(S)…");
            Shell settings = driver.waitForShell("民意邮局设置");
            assertFalse(driver.onUi(() -> SwtDriver.findByData(settings, Spinner.class, SettingsDialog.NORMAL).isEnabled()));
            assertTrue(driver.onUi(() -> SwtDriver.findAll(settings, Button.class, b -> b.getText().equals("确定")).isEmpty()), "no OK");
            driver.click(driver.onUi(() -> SwtDriver.find(settings, Button.class, b -> b.getText().startsWith("关闭"))));
            driver.waitForClosed(settings);
            driver.selectMenu(window, "文件", "退出");
            driver.waitUntil("the workbench to close", window::isDisposed);
            opened.set(true);
        });
        assertTrue(opened.get());
        security.signIn("huachen", PASSWORD.toCharArray());
        try {
            MailboxOpening recorded = petitions.openings(1).get(0);
            assertEquals("Zhang Wei", recorded.openedBy());
            assertEquals("Li Na", recorded.witness());
            assertEquals(2, recorded.items(), "both letters belong to the opening");
            assertEquals(2, petitions.list(PetitionQuery.all()).stream().filter(p -> p.receivedOn().equals(recorded.openedOn())
                    && (p.content().startsWith("希望增加老年人助餐点") || p.content().startsWith("电动车在楼道充电"))).count());
        } finally {
            security.signOut();
        }

        // 设置… for a district administrator: the deadline one day shorter with the keyboard, a category added
        AtomicBoolean changed = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger chosen = new java.util.concurrent.atomic.AtomicInteger();
        try {
            WorkbenchRunner.run("org.jiedao.ui.product", Duration.ofMinutes(3), driver -> {
                Shell window = driver.signIn("p-admin", PASSWORD);
                driver.selectMenu(window, "民意邮局", "设置(S)…");
                Shell settings = driver.waitForShell("民意邮局设置");
                Spinner normal = driver.onUi(() -> SwtDriver.findByData(settings, Spinner.class, SettingsDialog.NORMAL));
                assertTrue(driver.onUi(() -> normal.isEnabled()));
                driver.click(normal); // GTK draws the spinner's -/+ buttons at its right: a click near its middle may land on one
                int clicked = driver.onUi(() -> normal.getSelection());
                driver.press(org.eclipse.swt.SWT.ARROW_DOWN);
                driver.waitUntil("the deadline one day shorter", () -> driver.onUi(() -> normal.getSelection()) == clicked - 1);
                chosen.set(clicked - 1);
                driver.click(driver.onUi(() -> SwtDriver.find(settings, Button.class, b -> b.getText().startsWith("添加"))));
                Shell add = driver.waitForShell("添加…", settings);
                Text name = driver.onUi(() -> SwtDriver.find(add, Text.class, t -> (t.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0));
                driver.click(name);
                driver.type("Gongyi");
                driver.waitUntil("the category typed", () -> driver.onUi(() -> name.getText()).equals("Gongyi"));
                driver.click(driver.onUi(() -> SwtDriver.find(add, Button.class, b -> b.getText().equals("确定"))));
                driver.waitForClosed(add);
                org.eclipse.swt.widgets.List categories = driver.onUi(() -> SwtDriver.findByData(settings, org.eclipse.swt.widgets.List.class,
                        SettingsDialog.CATEGORIES));
                driver.waitUntil("the category listed", () -> java.util.Arrays.asList(driver.onUi(() -> categories.getItems())).contains("Gongyi"));
                driver.screenshot("petitions-settings");
                driver.click(driver.onUi(() -> SwtDriver.find(settings, Button.class, b -> b.getText().equals("确定"))));
                driver.waitForClosed(settings);
                driver.selectMenu(window, "文件", "退出");
                driver.waitUntil("the workbench to close", window::isDisposed);
                changed.set(true);
            });
            assertTrue(changed.get());
            assertEquals(chosen.get(), petitions.deadlines().normalDays(), "stored");
            assertTrue(chosen.get() != org.jiedao.petitions.Deadlines.DEFAULT.normalDays());
            assertTrue(petitions.categories().contains("Gongyi"));
        } finally {
            security.signIn("p-admin", PASSWORD.toCharArray());
            try {
                petitions.setDeadlines(org.jiedao.petitions.Deadlines.DEFAULT);
                if (petitions.categories().contains("Gongyi")) {
                    petitions.removeCategory("Gongyi");
                }
            } finally {
                security.signOut();
            }
        }
    }

    /** 相城区 › 元和街道 › 华辰嘉园社区 and its worker {@code huachen}, signed out. */
    private static void units(SecurityService security, OrgUnitService units) {
        security.signOut();
        if (units.find("P").isEmpty()) {
            units.create("P", "相城区", OrgLevel.DISTRICT, null);
            units.create("P-1", "元和街道", OrgLevel.STREET, "P");
            units.create("P-1-1", "华辰嘉园社区", OrgLevel.COMMUNITY, "P-1");
        }
        if (security.find("huachen").isEmpty()) {
            security.createUser("huachen", "华辰嘉园社区工作者", Role.COMMUNITY_WORKER, "P-1-1", PASSWORD.toCharArray());
        }
    }

    /** Clicks a step's button and answers its input dialog (text typed as ASCII), if it has one. */
    private static void step(SwtDriver driver, Shell dialog, String key, String input) {
        Button button = driver.onUi(() -> SwtDriver.find(dialog, Button.class, b -> key.equals(b.getData(PetitionDialog.ACTION))));
        driver.waitUntil(key + " enabled", button::isEnabled);
        driver.click(button);
        if (key.equals("start")) {
            return;
        }
        Shell ask = driver.waitForShell(driver.onUi(button::getText), dialog);
        if (input != null) {
            Text text = driver.onUi(() -> SwtDriver.find(ask, Text.class, t -> (t.getStyle() & org.eclipse.swt.SWT.READ_ONLY) == 0));
            driver.click(text);
            driver.type(input);
            driver.waitUntil("the input typed", () -> text.getText().contains(input));
        }
        driver.click(driver.onUi(() -> SwtDriver.find(ask, Button.class, b -> b.getText().equals("确定"))));
        driver.waitForClosed(ask);
    }

    private static Table attachments(Shell dialog) {
        return SwtDriver.find(dialog, Table.class, t -> !t.isDisposed() && t.getData(PetitionDialog.ATTACHMENTS) != null);
    }

    private static void waitForStatus(SwtDriver driver, Shell dialog, String status) {
        driver.waitUntil("status " + status, () -> !SwtDriver.findAll(dialog, Label.class,
                l -> !l.isDisposed() && l.getData(PetitionDialog.STATUS) != null && l.getText().equals(status)).isEmpty());
    }

}
