package org.jiedao.incubation.ui.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.Records.Incubator;
import org.jiedao.incubation.Records.Versioned;
import org.jiedao.ui.widgets.FormBuilder;
import org.jiedao.ui.widgets.FormDialog;

/** 孵化载体 editor: a new incubator of a unit, or an incubator's name, reserved free desks and exhibition space. */
public final class IncubatorDialog extends FormDialog {

    public static final String NAME = "org.jiedao.incubation.ui.incubator.name";
    public static final String DESKS = "org.jiedao.incubation.ui.incubator.desks";

    private final IncubationRegistry registry;
    private final List<String> units;
    private Versioned<Incubator> incubator;
    private Combo unit;
    private Text name;
    private Text desks;
    private Button exhibition;

    /** @param incubator null for a new incubator; {@code units} the names of the units it may belong to */
    IncubatorDialog(Shell shell, IncubationRegistry registry, List<String> units, Versioned<Incubator> incubator) {
        super(shell, incubator == null ? Messages.Incubator_new : NLS.bind(Messages.Incubator_edit, incubator.record().name()),
                Messages.Incubator_message);
        this.registry = registry;
        this.units = units;
        this.incubator = incubator;
    }

    @Override
    protected void createFields(FormBuilder form) {
        if (incubator == null) {
            unit = form.choice(Messages.Col_unit, true, units);
        }
        name = form.text(Messages.Col_name, true);
        name.setData(NAME, Boolean.TRUE);
        desks = form.integer(Messages.Col_reservedDesks, true, 0, 1000);
        desks.setData(DESKS, Boolean.TRUE);
        exhibition = form.check(Messages.Col_exhibition);
        fill();
    }

    private void fill() {
        if (incubator != null) {
            name.setText(incubator.record().name());
            desks.setText(String.valueOf(incubator.record().reservedDesks()));
            exhibition.setSelection(incubator.record().exhibitionSpace());
        }
    }

    @Override
    protected void save() {
        int reserved = FormBuilder.integerOf(desks).intValue();
        if (incubator == null) {
            registry.addIncubator(unit.getText(), name.getText(), reserved, exhibition.getSelection());
        } else {
            registry.updateIncubator(incubator.record().id(), incubator.version(), name.getText(), reserved, exhibition.getSelection());
        }
    }

    @Override
    protected void reload() {
        incubator = registry.incubator(incubator.record().id()).orElse(null);
        if (incubator == null) {
            cancelPressed();
        } else {
            fill();
        }
    }
}
