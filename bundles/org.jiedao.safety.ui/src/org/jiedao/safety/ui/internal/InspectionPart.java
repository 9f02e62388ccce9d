package org.jiedao.safety.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.jiedao.safety.CheckResult;
import org.jiedao.safety.ChecklistItem;
import org.jiedao.safety.ChecklistTemplate;
import org.jiedao.safety.Inspection;
import org.jiedao.safety.ItemAnswer;
import org.jiedao.safety.ItemPhoto;
import org.jiedao.safety.Premises;
import org.jiedao.safety.RectificationOrder;
import org.jiedao.safety.SafetyException;
import org.jiedao.safety.SafetyInspections;
import org.jiedao.safety.SafetyPremisesRegistry;
import org.jiedao.safety.SafetyTemplates;
import org.jiedao.safety.Severity;

/**
 * 检查录入: an inspection entered by keyboard. The inspector types the premises' code and Enter; the
 * checklist of the current version of its category's template fills the table; on the selected item
 * one key gives the answer and moves to the next — {@code 1}/{@code P} pass, {@code 2}/{@code G}
 * general hazard, {@code 3}/{@code M} major hazard, {@code 4}/{@code N} not applicable, Delete clears —
 * Enter goes to the item's note (Enter there comes back), photos are added to the selected item and
 * shown as thumbnails, and Ctrl+S saves the whole inspection with its photos at once.
 */
public final class InspectionPart {

    static final String ID = "org.jiedao.safety.ui.part.inspection";
    /** Widget data keys, for tests. */
    public static final String PREMISES = "safety.inspection.premises";
    public static final String ITEMS = "safety.inspection.items";
    public static final String NOTE = "safety.inspection.note";
    public static final String STATUS = "safety.inspection.status";

    private final SafetyPremisesRegistry registry;
    private final SafetyTemplates templates;
    private final SafetyInspections inspections;
    private final SecurityService security;
    private final Locale locale = Locale.getDefault();

    private Text premisesCode;
    private Label premisesInfo;
    private DateTime date;
    private Text inspector;
    private Table items;
    private Text itemNote;
    private Button addPhoto;
    private Thumbnails thumbnails;
    private Text note;
    private Button save;
    private Label status;

    private Premises premises;
    private ChecklistTemplate template;
    private CheckResult[] results = new CheckResult[0];
    private Severity[] severities = new Severity[0];
    private String[] notes = new String[0];
    private List<List<ItemPhoto>> photos = new ArrayList<>();

    @Inject
    public InspectionPart(SafetyPremisesRegistry registry, SafetyTemplates templates, SafetyInspections inspections, SecurityService security) {
        this.registry = registry;
        this.templates = templates;
        this.inspections = inspections;
        this.security = security;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(6).margins(8, 8).applyTo(parent);
        new Label(parent, SWT.NONE).setText(Messages.Inspection_premises);
        premisesCode = new Text(parent, SWT.BORDER | SWT.SINGLE);
        premisesCode.setData(PREMISES, Boolean.TRUE);
        premisesCode.setMessage(Messages.Inspection_premisesHint);
        GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(premisesCode);
        premisesCode.addListener(SWT.DefaultSelection, e -> load(premisesCode.getText()));
        premisesInfo = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(premisesInfo);

        new Label(parent, SWT.NONE).setText(Messages.Inspection_date);
        date = new DateTime(parent, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        new Label(parent, SWT.NONE).setText(Messages.Inspection_inspector);
        inspector = new Text(parent, SWT.BORDER | SWT.SINGLE);
        inspector.setText(security.currentUser().map(UserAccount::displayName).orElse(""));
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(inspector);
        Label keys = new Label(parent, SWT.NONE);
        keys.setText(Messages.Inspection_keys);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(keys);

        items = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        items.setData(ITEMS, Boolean.TRUE);
        items.setHeaderVisible(true);
        items.setLinesVisible(true);
        String[] headers = { Messages.Inspection_no, Messages.Inspection_item, Messages.Inspection_result, Messages.Inspection_itemNote,
                Messages.Inspection_photos };
        int[] widths = { 50, 420, 110, 220, 60 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn c = new TableColumn(items, i == 0 || i == 4 ? SWT.RIGHT : SWT.LEFT);
            c.setText(headers[i]);
            c.setWidth(widths[i]);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(6, 1).applyTo(items);
        items.addListener(SWT.KeyDown, this::key);
        items.addListener(SWT.Selection, e -> showItem());
        items.addListener(SWT.DefaultSelection, e -> editNote());

        new Label(parent, SWT.NONE).setText(Messages.Inspection_itemNote);
        itemNote = new Text(parent, SWT.BORDER | SWT.SINGLE);
        itemNote.setData(NOTE, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(itemNote);
        itemNote.addListener(SWT.DefaultSelection, e -> {
            keepNote();
            items.setFocus();
            select(items.getSelectionIndex() + 1);
        });
        itemNote.addListener(SWT.FocusOut, e -> keepNote());
        addPhoto = new Button(parent, SWT.PUSH);
        addPhoto.setText(Messages.Inspection_addPhoto);
        addPhoto.addListener(SWT.Selection, e -> choosePhotos());
        thumbnails = new Thumbnails(parent);
        GridDataFactory.fillDefaults().grab(true, false).span(6, 1).applyTo(thumbnails.control());

        new Label(parent, SWT.NONE).setText(Messages.Inspection_note);
        note = new Text(parent, SWT.BORDER | SWT.SINGLE);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(note);
        save = new Button(parent, SWT.PUSH);
        save.setText(Messages.Inspection_save);
        save.addListener(SWT.Selection, e -> save());
        status = new Label(parent, SWT.WRAP);
        status.setData(STATUS, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).span(6, 1).applyTo(status);
        for (var control : new org.eclipse.swt.widgets.Control[] { items, itemNote, note, premisesCode, inspector }) {
            control.addListener(SWT.KeyDown, e -> {
                if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 's' || e.keyCode == 'S')) {
                    e.doit = false;
                    save();
                }
            });
        }
        showTemplate();
    }

    /** Loads the premises with this code and the current version of its category's checklist; the answers start empty. */
    public void load(String code) {
        Optional<Premises> found = code == null || code.isBlank() ? Optional.empty() : registry.find(code.strip());
        if (found.isEmpty()) {
            premises = null;
            template = null;
            status.setText(NLS.bind(Messages.Inspection_noPremises, code == null ? "" : code.strip()));
            showTemplate();
            return;
        }
        premises = found.get();
        premisesCode.setText(premises.code());
        template = templates.current(premises.category());
        status.setText("");
        showTemplate();
        items.setFocus();
        select(0);
    }

    private void showTemplate() {
        int n = template == null ? 0 : template.items().size();
        results = new CheckResult[n];
        severities = new Severity[n];
        notes = new String[n];
        photos = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            photos.add(new ArrayList<>());
        }
        premisesInfo.setText(premises == null ? "" : NLS.bind(Messages.Inspection_premisesInfo, new Object[] { premises.name(),
                premises.category().displayName(locale), premises.unitName(), template.title(), template.version() })
                + (template.hasSamples() ? "  " + Messages.Inspection_samples : ""));
        items.removeAll();
        for (int i = 0; i < n; i++) {
            new TableItem(items, SWT.NONE);
            showRow(i);
        }
        note.setText("");
        itemNote.setText("");
        thumbnails.clear();
        premisesInfo.getParent().layout(true, true);
        enable();
    }

    private void showRow(int i) {
        ChecklistItem item = template.items().get(i);
        String result = results[i] == null ? "" : results[i] == CheckResult.HAZARD ? severities[i].displayName(locale) : results[i].displayName(locale);
        // a shipped sample item says so in its own text
        items.getItem(i).setText(new String[] { Integer.toString(item.number()), item.text(), result, notes[i] == null ? "" : notes[i],
                photos.get(i).isEmpty() ? "" : Integer.toString(photos.get(i).size()) });
    }

    private void enable() {
        boolean ready = template != null;
        itemNote.setEnabled(ready && items.getSelectionIndex() >= 0);
        addPhoto.setEnabled(ready && items.getSelectionIndex() >= 0);
        save.setEnabled(ready);
    }

    private void key(Event e) {
        int i = items.getSelectionIndex();
        if (template == null || i < 0 || (e.stateMask & (SWT.MOD1 | SWT.ALT)) != 0) {
            return;
        }
        char c = Character.toLowerCase(e.character);
        if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
            answer(i, null, null);
            e.doit = false;
            return;
        }
        switch (c) {
        case '1', 'p' -> answer(i, CheckResult.PASS, null);
        case '2', 'g' -> answer(i, CheckResult.HAZARD, Severity.GENERAL);
        case '3', 'm' -> answer(i, CheckResult.HAZARD, Severity.MAJOR);
        case '4', 'n' -> answer(i, CheckResult.NOT_APPLICABLE, null);
        default -> {
            return;
        }
        }
        e.doit = false;
        select(i + 1);
    }

    /** Answers item {@code index} (0-based); a null result clears it. */
    void answer(int index, CheckResult result, Severity severity) {
        results[index] = result;
        severities[index] = severity;
        showRow(index);
    }

    private void select(int index) {
        if (index >= 0 && index < items.getItemCount()) {
            items.setSelection(index);
            items.showSelection();
        }
        showItem();
    }

    private void showItem() {
        int i = items.getSelectionIndex();
        enable();
        if (i < 0 || template == null) {
            itemNote.setText("");
            thumbnails.clear();
            return;
        }
        itemNote.setText(notes[i] == null ? "" : notes[i]);
        itemNote.setData(NOTE + ".index", i);
        thumbnails.show(photos.get(i).stream().map(ItemPhoto::fileName).toList(), photos.get(i).stream().map(ItemPhoto::content).toList());
    }

    private void editNote() {
        if (items.getSelectionIndex() >= 0 && template != null) {
            itemNote.setFocus();
            itemNote.selectAll();
        }
    }

    private void keepNote() {
        Object index = itemNote.getData(NOTE + ".index");
        if (index instanceof Integer i && i < notes.length) {
            String text = itemNote.getText().strip();
            notes[i] = text.isEmpty() ? null : text;
            showRow(i);
        }
    }

    private void choosePhotos() {
        FileDialog dialog = new FileDialog(items.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setFilterExtensions(new String[] { "*.jpg;*.jpeg;*.png;*.JPG;*.JPEG;*.PNG" });
        if (dialog.open() == null) {
            return;
        }
        for (String name : dialog.getFileNames()) {
            if (!addPhoto(Path.of(dialog.getFilterPath(), name))) {
                return;
            }
        }
    }

    /**
     * Adds a photo to the selected item, checked at once as the service will check it.
     *
     * @return whether it was taken (else the status line says why)
     */
    public boolean addPhoto(Path file) {
        int i = items.getSelectionIndex();
        if (i < 0 || template == null) {
            return false;
        }
        try {
            byte[] content = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            inspections.checkPhoto(name, content);
            photos.get(i).add(new ItemPhoto(template.items().get(i).number(), name, content));
        } catch (IOException e) {
            status.setText(NLS.bind(Messages.Inspection_unreadable, file, e.getMessage()));
            return false;
        } catch (SafetyException e) {
            status.setText(e.getMessage());
            return false;
        }
        showRow(i);
        showItem();
        return true;
    }

    /** Saves the inspection with its photos (all or nothing); on success the form is ready for the next premises. */
    void save() {
        if (premises == null || template == null) {
            status.setText(Messages.Inspection_nothing);
            return;
        }
        keepNote();
        List<ItemAnswer> answers = new ArrayList<>();
        List<ItemPhoto> all = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            int number = template.items().get(i).number();
            if (results[i] == null) {
                select(i);
                items.setFocus();
                status.setText(NLS.bind(Messages.Inspection_unanswered, number, template.items().get(i).text()));
                return;
            }
            answers.add(new ItemAnswer(number, results[i], severities[i], notes[i]));
            all.addAll(photos.get(i));
        }
        LocalDate on = LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
        try {
            Inspection saved = inspections.inspect(premises.code(), on, inspector.getText().strip(), template.version(), answers,
                    note.getText().strip().isEmpty() ? null : note.getText().strip(), all);
            long hazards = saved.findings().stream().filter(f -> f.result() == CheckResult.HAZARD).count();
            String message = saved.issuedOrder() == null ? NLS.bind(Messages.Inspection_savedNoHazard, premises.code())
                    : NLS.bind(Messages.Inspection_savedOrder, new Object[] { premises.code(), hazards, saved.issuedOrder(),
                            inspections.order(saved.issuedOrder()).map(RectificationOrder::deadline).map(Object::toString).orElse("") });
            premises = null;
            template = null;
            premisesCode.setText("");
            showTemplate();
            status.setText(message);
            premisesCode.setFocus();
        } catch (SafetyException e) {
            status.setText(e.getMessage());
        }
    }

    @Focus
    public void focus() {
        if (template == null) {
            premisesCode.setFocus();
        } else {
            items.setFocus();
        }
    }
}
