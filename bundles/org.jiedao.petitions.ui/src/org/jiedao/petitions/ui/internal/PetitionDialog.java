package org.jiedao.petitions.ui.internal;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.petitions.HistoryEntry;
import org.jiedao.petitions.PetitionDetails;
import org.jiedao.petitions.PetitionException;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.PetitionStatus;
import org.jiedao.petitions.PetitionSummary;

/**
 * One petition: its fields, its history as a timeline, and the workflow steps its status allows.
 * A step refused by the workflow is explained; when someone else changed the petition meanwhile
 * (optimistic locking) the dialog says so and offers to reload it.
 */
public final class PetitionDialog extends Dialog {

    /** Widget data keys (for tests): the buttons carry the step's key, the history table and the status label theirs. */
    public static final String ACTION = "jiedao.petitions.action", HISTORY = "jiedao.petitions.history", STATUS = "jiedao.petitions.status",
            ATTACHMENTS = "jiedao.petitions.attachments";

    /** The button printing the handling form 办理单. */
    public static final int PRINT_ID = IDialogConstants.CLIENT_ID + 1;

    /** Tests answer the file dialogs here (the file to add, or where to save); null: the real dialog. */
    public static volatile java.util.function.BiFunction<Shell, Integer, String> fileForTests;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PetitionService petitions;
    private final long id;
    private final Locale locale = Locale.getDefault();
    private PetitionDetails details;
    private Composite body;

    public PetitionDialog(Shell parent, PetitionService petitions, long id) {
        super(parent);
        this.petitions = petitions;
        this.id = id;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.Dialog_title, id));
        shell.setSize(860, 640);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        body = (Composite) super.createDialogArea(parent);
        render();
        return body;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, PRINT_ID, Messages.Dialog_print, false);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else if (buttonId == PRINT_ID) {
            org.jiedao.ui.api.ReportPreview.open(getShell(), "org.jiedao.petitions.handling-form", java.util.Map.of("petition", Long.toString(id)));
        }
    }

    private void render() {
        for (Control c : body.getChildren()) {
            c.dispose();
        }
        details = petitions.find(id).orElse(null);
        if (details == null) {
            new Label(body, SWT.WRAP).setText(NLS.bind(Messages.Dialog_gone, id));
            body.layout(true, true);
            return;
        }
        PetitionSummary s = details.summary();
        Composite fields = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(12, 4).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fields);
        field(fields, Messages.Col_status, s.status().displayName(locale)).setData(STATUS, Boolean.TRUE);
        field(fields, Messages.Col_due, s.dueOn() + (s.overdue() ? " " + Messages.Inbox_overdueMark : s.dueSoon() ? " " + Messages.Inbox_soonMark : ""));
        field(fields, Messages.Col_received, s.receivedOn().toString());
        field(fields, Messages.Col_community, s.communityName());
        field(fields, Messages.Col_channel, s.channel().displayName(locale));
        field(fields, Messages.Col_kind, s.kind().displayName(locale));
        field(fields, Messages.Col_category, s.category());
        field(fields, Messages.Col_urgency, s.urgency().text());
        field(fields, Messages.Col_petitioner, details.petitioner().isEmpty() ? Messages.Inbox_anonymous : details.petitioner());
        field(fields, Messages.Col_phone, details.phone());
        field(fields, Messages.Col_assignee, s.assignee());
        field(fields, Messages.Col_satisfaction, details.satisfaction() == null ? "" : details.satisfaction() + " / 5");
        if (!details.personalDataVisible() && !details.petitioner().isEmpty()) {
            Label masked = new Label(body, SWT.WRAP);
            masked.setText(Messages.Dialog_masked);
        }
        text(Messages.Col_content, s.content());
        if (!details.reply().isEmpty()) {
            text(Messages.Col_reply, details.reply());
        }
        if (!details.reason().isEmpty()) {
            text(Messages.Col_reason, details.reason());
        }

        new Label(body, SWT.NONE).setText(Messages.Dialog_history);
        Table history = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
        history.setData(HISTORY, Boolean.TRUE);
        history.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 140).applyTo(history);
        String[] headers = { Messages.Col_time, Messages.Col_step, Messages.Col_statusChange, Messages.Col_by, Messages.Col_detail };
        int[] widths = { 130, 80, 150, 170, 300 };
        for (int i = 0; i < headers.length; i++) {
            new TableColumn(history, SWT.LEFT).setText(headers[i]);
            history.getColumn(i).setWidth(widths[i]);
        }
        for (HistoryEntry h : details.history()) {
            new TableItem(history, SWT.NONE).setText(new String[] {
                    TIME.format(h.atUtc().atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault())), h.action().displayName(locale),
                    (h.from() == null ? "" : h.from().displayName(locale) + " → ") + h.to().displayName(locale), h.byName(), h.detail() });
        }

        attachments();

        Composite actions = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(actions);
        PetitionStatus st = s.status();
        long v = s.version();
        boolean open = st == PetitionStatus.REGISTERED || st == PetitionStatus.ASSIGNED || st == PetitionStatus.IN_PROGRESS;
        action(actions, "assign", Messages.Action_assign, st == PetitionStatus.REGISTERED || st == PetitionStatus.ASSIGNED, () -> {
            String to = ask(Messages.Action_assign, Messages.Ask_assignee, s.assignee(), false);
            return to == null ? null : () -> petitions.assign(id, v, to);
        });
        action(actions, "start", Messages.Action_start, st == PetitionStatus.ASSIGNED, () -> () -> petitions.start(id, v));
        action(actions, "reply", Messages.Action_reply, st == PetitionStatus.IN_PROGRESS, () -> {
            String text = ask(Messages.Action_reply, Messages.Ask_reply, "", true);
            return text == null ? null : () -> petitions.reply(id, v, text);
        });
        action(actions, "close", Messages.Action_close, st == PetitionStatus.REPLIED, () -> {
            InputDialog d = new InputDialog(getShell(), Messages.Action_close, Messages.Ask_satisfaction, "5",
                    t -> t.matches("[1-5]") ? null : Messages.Ask_satisfactionInvalid);
            if (d.open() != Window.OK) {
                return null;
            }
            int satisfaction = Integer.parseInt(d.getValue());
            String followUp = ask(Messages.Action_close, Messages.Ask_followUp, "", false, true);
            return followUp == null ? null : () -> petitions.close(id, v, satisfaction, followUp);
        });
        action(actions, "reject", Messages.Action_reject, open, () -> {
            String reason = ask(Messages.Action_reject, Messages.Ask_reason, "", true);
            return reason == null ? null : () -> petitions.reject(id, v, reason);
        });
        action(actions, "merge", Messages.Action_merge, open, () -> {
            InputDialog d = new InputDialog(getShell(), Messages.Action_merge, Messages.Ask_mergeInto, "",
                    t -> t.strip().matches("#?\\d{1,18}") ? null : Messages.Ask_number);
            if (d.open() != Window.OK) {
                return null;
            }
            long into = Long.parseLong(d.getValue().strip().replace("#", ""));
            String reason = ask(Messages.Action_merge, Messages.Ask_reasonOptional, "", false, true);
            return reason == null ? null : () -> petitions.merge(id, v, into, reason);
        });
        action(actions, "reopen", Messages.Action_reopen, st == PetitionStatus.CLOSED, () -> {
            String reason = ask(Messages.Action_reopen, Messages.Ask_reason, "", true);
            return reason == null ? null : () -> petitions.reopen(id, v, reason);
        });
        body.layout(true, true);
    }

    /** Runs a step; null from {@code prepare}: cancelled. */
    private void action(Composite parent, String key, String label, boolean enabled, Supplier<Runnable> prepare) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.setData(ACTION, key);
        b.setEnabled(enabled);
        b.addListener(SWT.Selection, e -> {
            Runnable step = prepare.get();
            if (step == null) {
                return;
            }
            try {
                step.run();
            } catch (ConcurrentChangeException ex) {
                // the platform's dialog: reload (their change on screen) or keep what is shown
                if (org.jiedao.ui.api.ConcurrentChangeDialog.open(getShell(), ex)) {
                    render();
                }
                return;
            } catch (PetitionException ex) {
                MessageDialog.openError(getShell(), Messages.Dialog_refused, ex.getMessage());
                return;
            }
            render();
        });
    }

    /** The attachments: a list, and add (from a file, up to the limit), open, save out, remove. */
    private void attachments() {
        new Label(body, SWT.NONE).setText(NLS.bind(Messages.Attachments_title, details.attachments().size()));
        Table list = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        list.setData(ATTACHMENTS, Boolean.TRUE);
        list.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).applyTo(list);
        String[] headers = { Messages.Attachments_file, Messages.Attachments_size, Messages.Col_by, Messages.Col_time };
        int[] widths = { 320, 90, 120, 130 };
        for (int i = 0; i < headers.length; i++) {
            new TableColumn(list, SWT.LEFT).setText(headers[i]);
            list.getColumn(i).setWidth(widths[i]);
        }
        for (org.jiedao.petitions.AttachmentInfo a : details.attachments()) {
            TableItem item = new TableItem(list, SWT.NONE);
            item.setText(new String[] { a.fileName(), kilobytes(a.size()), a.addedBy(),
                    TIME.format(a.addedAtUtc().atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault())) });
            item.setData(a);
        }
        Composite buttons = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        Button add = new Button(buttons, SWT.PUSH);
        add.setText(Messages.Attachments_add);
        add.setData(ACTION, "attach");
        add.addListener(SWT.Selection, e -> addAttachment());
        Button open = new Button(buttons, SWT.PUSH);
        open.setText(Messages.Attachments_open);
        open.setData(ACTION, "open-attachment");
        Button save = new Button(buttons, SWT.PUSH);
        save.setText(Messages.Attachments_save);
        save.setData(ACTION, "save-attachment");
        Button remove = new Button(buttons, SWT.PUSH);
        remove.setText(Messages.Attachments_remove);
        remove.setData(ACTION, "remove-attachment");
        Runnable enable = () -> {
            boolean one = list.getSelectionCount() == 1;
            open.setEnabled(one);
            save.setEnabled(one);
            remove.setEnabled(one);
        };
        enable.run();
        list.addListener(SWT.Selection, e -> enable.run());
        java.util.function.Supplier<org.jiedao.petitions.AttachmentInfo> selected = () -> list.getSelectionCount() == 1
                ? (org.jiedao.petitions.AttachmentInfo) list.getSelection()[0].getData() : null;
        open.addListener(SWT.Selection, e -> openAttachment(selected.get()));
        list.addListener(SWT.DefaultSelection, e -> openAttachment(selected.get()));
        save.addListener(SWT.Selection, e -> saveAttachment(selected.get()));
        remove.addListener(SWT.Selection, e -> {
            org.jiedao.petitions.AttachmentInfo a = selected.get();
            if (a != null && MessageDialog.openConfirm(getShell(), Messages.Attachments_remove, NLS.bind(Messages.Attachments_removeConfirm, a.fileName()))) {
                run(() -> petitions.removeAttachment(a.id()));
            }
        });
    }

    private void addAttachment() {
        String chosen = chooseFile(SWT.OPEN, null);
        if (chosen == null) {
            return;
        }
        java.nio.file.Path file = java.nio.file.Path.of(chosen);
        long limit = petitions.attachmentLimit();
        try {
            long size = java.nio.file.Files.size(file);
            if (size > limit) { // said before reading a large file into memory; the service checks again
                MessageDialog.openError(getShell(), Messages.Attachments_add,
                        NLS.bind(Messages.Attachments_tooLarge, new Object[] { file.getFileName(), kilobytes(size), kilobytes(limit) }));
                return;
            }
            byte[] content = java.nio.file.Files.readAllBytes(file);
            String type = java.nio.file.Files.probeContentType(file);
            run(() -> petitions.attach(id, file.getFileName().toString(), type, content));
        } catch (java.io.IOException ex) {
            MessageDialog.openError(getShell(), Messages.Attachments_add, NLS.bind(Messages.Attachments_unreadable, chosen, ex.getLocalizedMessage()));
        }
    }

    private void openAttachment(org.jiedao.petitions.AttachmentInfo a) {
        if (a == null) {
            return;
        }
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("jiedao-attachment");
            java.nio.file.Path file = dir.resolve(a.fileName().replaceAll("[\\\\/:*?\"<>|]", "_"));
            java.nio.file.Files.write(file, petitions.attachmentContent(a.id()));
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            if (!org.eclipse.swt.program.Program.launch(file.toString())) {
                MessageDialog.openInformation(getShell(), Messages.Attachments_open, NLS.bind(Messages.Attachments_noProgram, file));
            }
        } catch (java.io.IOException | PetitionException ex) {
            MessageDialog.openError(getShell(), Messages.Attachments_open, ex.getLocalizedMessage());
        }
    }

    private void saveAttachment(org.jiedao.petitions.AttachmentInfo a) {
        if (a == null) {
            return;
        }
        String target = chooseFile(SWT.SAVE, a.fileName());
        if (target == null) {
            return;
        }
        try {
            java.nio.file.Files.write(java.nio.file.Path.of(target), petitions.attachmentContent(a.id()));
        } catch (java.io.IOException | PetitionException ex) {
            MessageDialog.openError(getShell(), Messages.Attachments_save, NLS.bind(Messages.Attachments_unwritable, target, ex.getLocalizedMessage()));
        }
    }

    private String chooseFile(int style, String name) {
        var hook = fileForTests;
        if (hook != null) {
            return hook.apply(getShell(), style);
        }
        org.eclipse.swt.widgets.FileDialog d = new org.eclipse.swt.widgets.FileDialog(getShell(), style);
        if (style == SWT.OPEN) {
            d.setFilterExtensions(new String[] { "*.jpg;*.jpeg;*.png;*.gif;*.bmp;*.tif;*.tiff;*.pdf", "*.*" });
            d.setFilterNames(new String[] { Messages.Attachments_scans, Messages.Attachments_allFiles });
        } else {
            d.setFileName(name);
            d.setOverwrite(true);
        }
        return d.open();
    }

    /** Runs a change and shows the petition again; a refusal is explained, nothing else changes. */
    private void run(Runnable change) {
        try {
            change.run();
        } catch (PetitionException | org.jiedao.core.persistence.AccessDeniedException ex) {
            MessageDialog.openError(getShell(), Messages.Dialog_refused, ex.getMessage());
            return;
        }
        render();
    }

    /** Sizes in whole KB, so that a file just over the limit never reads the same as the limit. */
    private static String kilobytes(long bytes) {
        return String.format(Locale.ROOT, "%,d KB", (bytes + 1023) / 1024);
    }

    private String ask(String title, String message, String initial, boolean required) {
        return ask(title, message, initial, required, false);
    }

    private String ask(String title, String message, String initial, boolean required, boolean optional) {
        InputDialog d = new InputDialog(getShell(), title, message, initial, t -> required && t.isBlank() ? Messages.Ask_required : null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
            }

            @Override
            protected Control createDialogArea(Composite parent) {
                Control c = super.createDialogArea(parent);
                GridDataFactory.fillDefaults().grab(true, true).hint(420, 80).applyTo(getText());
                return c;
            }
        };
        if (d.open() != Window.OK) {
            return null;
        }
        String value = d.getValue().strip();
        return optional && value.isEmpty() ? "" : value;
    }

    private static Label field(Composite parent, String label, String value) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(label + "：");
        Label v = new Label(parent, SWT.NONE);
        v.setText(value == null ? "" : value);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(v);
        return v;
    }

    private void text(String label, String value) {
        new Label(body, SWT.NONE).setText(label + "：");
        Text t = new Text(body, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL);
        t.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 48).applyTo(t);
    }

    /** @return the petition as last shown (for tests) */
    public PetitionDetails details() {
        return details;
    }
}
