package org.jiedao.appraisal.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jiedao.appraisal.AppraisalException;
import org.jiedao.appraisal.AppraisalService;
import org.jiedao.appraisal.AppraisalService.Cadre;
import org.jiedao.appraisal.AppraisalService.FollowUp;
import org.jiedao.appraisal.AppraisalService.GroupGrades;
import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.rules.Explanation;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.ui.api.ConcurrentChangeDialog;

/**
 * D等跟进: the cadres graded D in a year, each with what was done about it (reminder talk,
 * re-posting, demotion, dismissal: date and note); appraisal administrators record, change and
 * delete these records. Follow-ups are recorded for published D grades (the grade history).
 */
public final class FollowUpsPart {

    /** Widget data keys, for tests and tools. */
    public static final String YEAR_ID = "org.jiedao.appraisal.ui.followups.year";
    public static final String TABLE_ID = "org.jiedao.appraisal.ui.followups.table";
    public static final String STATUS_ID = "org.jiedao.appraisal.ui.followups.status";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final AppraisalService appraisal;
    private final Locale locale = Locale.getDefault();
    private Combo year;
    private Table table;
    private Label status;
    private Button record;
    private Button edit;
    private Button delete;
    private List<Integer> years = List.of();

    @Inject
    public FollowUpsPart(AppraisalService appraisal) {
        this.appraisal = appraisal;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        new Label(top, SWT.NONE).setText(Messages.Grades_year);
        year = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        year.setData(YEAR_ID, Boolean.TRUE);
        GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(year);
        year.addListener(SWT.Selection, e -> load());
        Label spacer = new Label(top, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(spacer);
        record = new Button(top, SWT.PUSH);
        record.setText(Messages.FollowUps_record);
        record.addListener(SWT.Selection, e -> record());
        edit = new Button(top, SWT.PUSH);
        edit.setText(Messages.FollowUps_edit);
        edit.addListener(SWT.Selection, e -> edit());
        delete = new Button(top, SWT.PUSH);
        delete.setText(Messages.FollowUps_delete);
        delete.addListener(SWT.Selection, e -> delete());

        table = new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setData(TABLE_ID, Boolean.TRUE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        String[] headers = { Messages.Grades_cadre, Messages.Grades_name, Messages.Grades_dYears, Messages.Grades_bonus,
                Messages.FollowUps_kind, Messages.FollowUps_on, Messages.FollowUps_note };
        int[] widths = { 70, 70, 64, 90, 90, 90, 320 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.Selection, e -> enable());
        table.addListener(SWT.DefaultSelection, e -> edit());
        status = new Label(parent, SWT.WRAP);
        status.setData(STATUS_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(status);
        years = appraisal.years();
        year.setItems(years.stream().map(String::valueOf).toArray(String[]::new));
        if (!years.isEmpty()) {
            year.select(0);
        }
        load();
    }

    /** A row: a D-graded cadre with one of its follow-ups (or none yet). */
    record Row(int year, Cadre cadre, Explanation grade, FollowUp followUp) {
    }

    void load() {
        table.removeAll();
        if (year.getSelectionIndex() < 0) {
            status.setText(Messages.Grades_noYears);
            enable();
            return;
        }
        int y = years.get(year.getSelectionIndex());
        List<GroupGrades> groups;
        try {
            groups = appraisal.grade(y, null);
        } catch (AccessDeniedException e) {
            status.setText(NLS.bind(Messages.Grades_noPermission, e.getMessage()));
            enable();
            return;
        }
        Map<String, List<FollowUp>> byCadre = new java.util.HashMap<>();
        appraisal.followUps(y).forEach(f -> byCadre.computeIfAbsent(f.cadreId(), c -> new ArrayList<>()).add(f));
        int cadres = 0;
        for (GroupGrades group : groups) {
            for (Explanation e : group.result().explanations()) {
                if (e.grade().orElse(null) != Grade.D) {
                    continue;
                }
                cadres++;
                Cadre cadre = group.cadres().get(e.cadreId());
                List<FollowUp> list = byCadre.getOrDefault(e.cadreId(), List.of());
                if (list.isEmpty()) {
                    add(new Row(y, cadre, e, null));
                }
                list.forEach(f -> add(new Row(y, cadre, e, f)));
            }
        }
        boolean published = appraisal.year(y).published();
        status.setText(cadres == 0 ? NLS.bind(Messages.FollowUps_none, Integer.toString(y))
                : NLS.bind(published ? Messages.FollowUps_count : Messages.FollowUps_countOpen, Integer.toString(y), Integer.toString(cadres)));
        status.getParent().layout(true);
        enable();
    }

    private void add(Row row) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setData(row);
        FollowUp f = row.followUp();
        item.setText(new String[] { row.cadre().cadreId(), row.cadre().name(), Integer.toString(row.grade().dYears()),
                row.grade().bonusFactor().map(b -> b.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()).orElse(""),
                f == null ? Messages.FollowUps_nothingYet : f.kind().displayName(locale), f == null ? "" : DAY.format(f.on()),
                f == null || f.note() == null ? "" : f.note() });
        if (f == null) {
            item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
    }

    private Row selected() {
        TableItem[] selection = table.getSelection();
        return selection.length == 0 ? null : (Row) selection[0].getData();
    }

    private void enable() {
        Row row = selected();
        record.setEnabled(row != null);
        edit.setEnabled(row != null && row.followUp() != null);
        delete.setEnabled(row != null && row.followUp() != null);
    }

    private void record() {
        Row row = selected();
        if (row == null) {
            return;
        }
        FollowUpDialog dialog = new FollowUpDialog(table.getShell(), row.cadre(), null);
        if (dialog.open() == Window.OK) {
            run(() -> appraisal.addFollowUp(row.year(), row.cadre().cadreId(), dialog.kind(), dialog.on(), dialog.note()),
                    Messages.FollowUps_recorded);
        }
    }

    private void edit() {
        Row row = selected();
        if (row == null || row.followUp() == null) {
            return;
        }
        FollowUpDialog dialog = new FollowUpDialog(table.getShell(), row.cadre(), row.followUp());
        if (dialog.open() == Window.OK) {
            run(() -> appraisal.updateFollowUp(row.followUp().id(), dialog.kind(), dialog.on(), dialog.note()), Messages.FollowUps_changed);
        }
    }

    private void delete() {
        Row row = selected();
        if (row == null || row.followUp() == null || !MessageDialog.openConfirm(table.getShell(), Messages.FollowUps_delete,
                NLS.bind(Messages.FollowUps_confirmDelete, row.followUp().kind().displayName(locale), row.cadre().name()))) {
            return;
        }
        run(() -> appraisal.deleteFollowUp(row.followUp().id()), Messages.FollowUps_deleted);
    }

    private void run(Runnable change, String done) {
        try {
            change.run();
            load();
            status.setText(done);
        } catch (ConcurrentChangeException e) {
            ConcurrentChangeDialog.open(table.getShell(), e);
            load();
        } catch (AppraisalException | AccessDeniedException e) {
            MessageDialog.openError(table.getShell(), Messages.Error_title, e.getMessage());
        }
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }

    static LocalDate today() {
        return LocalDate.now();
    }
}
