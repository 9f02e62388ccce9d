package org.jiedao.safety.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.safety.NewPremises;
import org.jiedao.safety.Premises;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.SafetyPremisesRegistry;
import org.jiedao.ui.widgets.FormBuilder;
import org.jiedao.ui.widgets.FormDialog;

/**
 * The premises editor: a new premises, or one opened (its personal fields as the registry gives them
 * to the user: clear with the permission, the read logged). Saved through the registry, which checks
 * everything; a refusal stays in the dialog with the input.
 */
final class PremisesDialog extends FormDialog {

    private final SafetyPremisesRegistry registry;
    private Premises premises;
    private final List<OrgUnit> units;
    private final Locale locale = Locale.getDefault();
    private Text code;
    private Text name;
    private Combo category;
    private Combo unit;
    private Text address;
    private Text owner;
    private Text manager;
    private Text phone;
    private Text rooms;
    private Text occupants;
    private Text charging;
    private Premises saved;

    private PremisesDialog(Shell shell, SafetyPremisesRegistry registry, List<OrgUnit> units, Premises premises) {
        super(shell, premises == null ? Messages.PremisesDialog_newTitle : NLS.bind(Messages.PremisesDialog_editTitle, premises.name()),
                premises == null ? Messages.PremisesDialog_newMessage : Messages.PremisesDialog_editMessage);
        this.registry = registry;
        this.units = units;
        this.premises = premises;
    }

    /**
     * Opens the editor on {@code premises} (null: a new one) with the communities and grids of the user's scope.
     *
     * @return the premises as saved, or null when the officer cancelled
     */
    static Premises open(Shell shell, SafetyPremisesRegistry registry, OrgUnitService units, SecurityService security, Premises premises) {
        List<OrgUnit> inScope = units.listInScope(OrgLevel.COMMUNITY, OrgLevel.GRID);
        PremisesDialog dialog = new PremisesDialog(shell, registry, inScope, premises);
        return dialog.open() == Window.OK ? dialog.saved : null;
    }

    @Override
    protected void createFields(FormBuilder form) {
        code = form.text(Messages.Premises_code, true);
        name = form.text(Messages.Premises_name, true);
        category = form.choice(Messages.Premises_category, true, List.of(PremisesCategory.values()).stream().map(c -> c.displayName(locale)).toList());
        unit = form.choice(Messages.Premises_unit, true, units.stream().map(u -> u.name() + " (" + u.code() + ")").toList());
        address = form.text(Messages.Premises_address, false);
        owner = form.text(Messages.Premises_owner, false);
        manager = form.text(Messages.Premises_manager, false);
        phone = form.text(Messages.Premises_phone, false);
        rooms = form.integer(Messages.Premises_rooms, false, 0, 100_000);
        occupants = form.integer(Messages.Premises_occupants, false, 0, 100_000);
        charging = form.integer(Messages.Premises_charging, false, 0, 100_000);
        if (premises != null) {
            fill(premises);
        }
    }

    private void fill(Premises p) {
        code.setText(p.code());
        code.setEditable(false);
        name.setText(p.name());
        category.select(p.category().ordinal());
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).code().equals(p.unitCode())) {
                unit.select(i);
            }
        }
        address.setText(p.address() == null ? "" : p.address());
        owner.setText(p.owner() == null ? "" : p.owner());
        manager.setText(p.manager() == null ? "" : p.manager());
        phone.setText(p.phone() == null ? "" : p.phone());
        rooms.setText(p.rooms() == null ? "" : p.rooms().toString());
        occupants.setText(p.occupants() == null ? "" : p.occupants().toString());
        charging.setText(p.chargingPoints() == null ? "" : p.chargingPoints().toString());
    }

    private static String optional(Text t) {
        String s = t.getText().strip();
        return s.isEmpty() ? null : s;
    }

    private static Integer number(Text t) {
        Long n = FormBuilder.integerOf(t);
        return n == null ? null : n.intValue();
    }

    @Override
    protected void save() {
        NewPremises changes = new NewPremises(code.getText().strip(), name.getText().strip(), PremisesCategory.values()[category.getSelectionIndex()],
                units.get(unit.getSelectionIndex()).code(), optional(address), optional(owner), optional(manager), optional(phone), number(rooms),
                number(occupants), number(charging));
        if (premises == null) {
            registry.register(changes);
            saved = registry.find(changes.code()).orElse(null);
        } else {
            saved = registry.update(premises.code(), premises.version(), changes);
        }
    }

    @Override
    protected void reload() {
        registry.find(premises.code()).ifPresent(p -> {
            premises = p; // the next save is against the version read now
            fill(p);
        });
    }
}
