package org.jiedao.appraisal.ui.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.appraisal.AppraisalService.Cadre;
import org.jiedao.appraisal.AppraisalService.FollowUp;
import org.jiedao.appraisal.FollowUpKind;

/** Records or changes what was done about a D grade: the measure, the day and a note. */
final class FollowUpDialog extends Dialog {

    private final Cadre cadre;
    private final FollowUp existing;
    private final Locale locale = Locale.getDefault();
    private Combo kindField;
    private DateTime dayField;
    private Text noteField;
    private FollowUpKind kind;
    private LocalDate on;
    private String note;

    FollowUpDialog(Shell parent, Cadre cadre, FollowUp existing) {
        super(parent);
        this.cadre = cadre;
        this.existing = existing;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.FollowUp_title, cadre.cadreId(), cadre.name()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(10, 10).spacing(8, 8).applyTo(area);
        new Label(area, SWT.NONE).setText(Messages.FollowUps_kind);
        kindField = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
        kindField.setItems(Arrays.stream(FollowUpKind.values()).map(k -> k.displayName(locale)).toArray(String[]::new));
        kindField.select(existing == null ? 0 : existing.kind().ordinal());
        new Label(area, SWT.NONE).setText(Messages.FollowUps_on);
        dayField = new DateTime(area, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        LocalDate day = existing == null ? LocalDate.now() : existing.on();
        dayField.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
        new Label(area, SWT.NONE).setText(Messages.FollowUps_note);
        noteField = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        noteField.setText(existing == null || existing.note() == null ? "" : existing.note());
        noteField.setTextLimit(1000);
        GridDataFactory.fillDefaults().grab(true, true).hint(320, 80).applyTo(noteField);
        return area;
    }

    @Override
    protected void okPressed() {
        kind = FollowUpKind.values()[kindField.getSelectionIndex()];
        on = LocalDate.of(dayField.getYear(), dayField.getMonth() + 1, dayField.getDay());
        note = noteField.getText().strip();
        super.okPressed();
    }

    FollowUpKind kind() {
        return kind;
    }

    LocalDate on() {
        return on;
    }

    String note() {
        return note;
    }
}
