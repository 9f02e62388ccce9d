package org.jiedao.eldercare.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.eldercare.Elder;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.NewElder;
import org.jiedao.eldercare.ResidentIdNumber;
import org.jiedao.ui.widgets.FormBuilder;
import org.jiedao.ui.widgets.FormDialog;

/**
 * The elder editor: a new elder, or an elder's record as the registry shows it unmasked (only users
 * with the personal-data permission open it; the reading is in the personal-data log). The ID number
 * is checked as it is typed (length, birth date, check character); the registry checks it again on
 * save, with the rest (registered already, community in scope), and a refusal keeps the input.
 */
public final class ElderDialog extends FormDialog {

    /** Widget data keys of the fields, for tests. */
    public static final String ID_NUMBER = "org.jiedao.eldercare.ui.elder.idNumber";
    public static final String NAME = "org.jiedao.eldercare.ui.elder.name";
    public static final String FLOOR = "org.jiedao.eldercare.ui.elder.floor";

    private final ElderRegistry registry;
    private final List<OrgUnit> communities;
    private Elder elder;
    private Text idNumber;
    private Text name;
    private Combo community;
    private Text building;
    private Text stair;
    private Text floor;
    private Text phone;
    private Button alone;
    private Combo category;
    private Text needs;
    private Text contactName;
    private Text contactPhone;
    private long saved;

    /** @param elder the elder to change (shown unmasked), or null for a new one */
    ElderDialog(Shell parent, ElderRegistry registry, List<OrgUnit> communities, Elder elder) {
        super(parent, elder == null ? Messages.ElderDialog_newTitle : NLS.bind(Messages.ElderDialog_editTitle, elder.name()),
                elder == null ? Messages.ElderDialog_newMessage : Messages.ElderDialog_editMessage);
        this.registry = registry;
        this.communities = communities;
        this.elder = elder;
    }

    @Override
    protected void createFields(FormBuilder form) {
        idNumber = form.text(Messages.Elders_idNumber, true, v -> {
            try {
                ResidentIdNumber.parse(v);
                return null;
            } catch (EldercareException e) {
                return e.getMessage();
            }
        });
        idNumber.setTextLimit(18);
        idNumber.setData(ID_NUMBER, Boolean.TRUE);
        name = form.text(Messages.Elders_name, true);
        name.setTextLimit(32);
        name.setData(NAME, Boolean.TRUE);
        community = form.choice(Messages.Elders_community, true, communities.stream().map(OrgUnit::name).toList());
        building = form.text(Messages.ElderDialog_building, false);
        stair = form.text(Messages.ElderDialog_stair, false);
        floor = form.text(Messages.ElderDialog_floor, false);
        floor.setData(FLOOR, Boolean.TRUE);
        for (Text t : List.of(building, stair, floor)) {
            t.setTextLimit(16);
        }
        phone = form.text(Messages.Elders_phone, false);
        phone.setTextLimit(20);
        alone = form.check(Messages.Elders_livingAlone);
        List<String> categories = new ArrayList<>();
        categories.add("");
        categories.addAll(registry.categories());
        category = form.choice(Messages.Elders_category, false, categories);
        needs = form.multiline(Messages.Elders_needs, false, 500);
        contactName = form.text(Messages.ElderDialog_contactName, false);
        contactName.setTextLimit(32);
        contactPhone = form.text(Messages.ElderDialog_contactPhone, false);
        contactPhone.setTextLimit(20);
        fill();
    }

    private void fill() {
        if (elder == null) {
            if (communities.size() == 1) {
                community.select(0);
            }
            return;
        }
        idNumber.setText(elder.idNumber());
        name.setText(elder.name());
        for (int i = 0; i < communities.size(); i++) {
            if (communities.get(i).code().equals(elder.communityCode())) {
                community.select(i);
            }
        }
        building.setText(elder.building());
        stair.setText(elder.stair());
        floor.setText(elder.floor());
        phone.setText(elder.phone());
        alone.setSelection(elder.livingAlone());
        int c = category.indexOf(elder.category());
        category.select(Math.max(c, 0));
        needs.setText(elder.needs());
        contactName.setText(elder.contactName());
        contactPhone.setText(elder.contactPhone());
        form().validateAll();
    }

    @Override
    protected void save() {
        NewElder in = new NewElder(idNumber.getText(), name.getText(), communities.get(community.getSelectionIndex()).code(), building.getText(),
                stair.getText(), floor.getText(), phone.getText(), alone.getSelection(), category.getText(), needs.getText(), contactName.getText(),
                contactPhone.getText());
        if (elder == null) {
            saved = registry.register(in);
        } else {
            saved = registry.update(elder.id(), elder.version(), in).id();
        }
    }

    @Override
    protected void reload() {
        if (elder == null) {
            super.reload();
            return;
        }
        elder = registry.find(elder.id()).filter(Elder::personalVisible).orElse(null);
        if (elder == null) {
            super.reload();
            return;
        }
        fill();
    }

    /** @return the id of the elder saved (after OK) */
    long saved() {
        return saved;
    }
}
