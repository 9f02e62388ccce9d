package org.jiedao.safety.ui.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.safety.RectificationOrder;
import org.jiedao.safety.SafetyInspections;
import org.jiedao.ui.widgets.FormBuilder;
import org.jiedao.ui.widgets.FormDialog;

/** The re-inspection of an open order, passed or failed: the day (today unless said otherwise) and a note; refusals stay in the dialog. */
final class ReinspectDialog extends FormDialog {

    private final SafetyInspections inspections;
    private final RectificationOrder order;
    private final boolean pass;
    private final String inspector;
    private Text day;
    private Text note;
    /** The order a failed re-inspection issued. */
    Optional<RectificationOrder> next = Optional.empty();

    ReinspectDialog(Shell shell, SafetyInspections inspections, RectificationOrder order, boolean pass, String inspector) {
        super(shell, pass ? Messages.Orders_passed : Messages.Orders_failed,
                NLS.bind(pass ? Messages.Orders_passedQuestion : Messages.Orders_failedQuestion, order.code(), order.premisesName()));
        this.inspections = inspections;
        this.order = order;
        this.pass = pass;
        this.inspector = inspector;
    }

    @Override
    protected void createFields(FormBuilder form) {
        day = form.date(Messages.Orders_reinspectedOn, true);
        FormBuilder.setDate(day, LocalDate.now());
        note = form.multiline(Messages.Inspection_note, !pass, 1000);
    }

    @Override
    protected void save() {
        String text = note.getText().strip();
        next = inspections.reinspect(order.code(), pass, FormBuilder.dateOf(day), inspector, text.isEmpty() ? null : text);
    }
}
