package org.jiedao.incubation.ui.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.ProjectStatus;
import org.jiedao.incubation.Records.Project;
import org.jiedao.incubation.Records.ProjectInput;
import org.jiedao.incubation.Records.Versioned;
import org.jiedao.ui.widgets.FormBuilder;
import org.jiedao.ui.widgets.FormDialog;

/**
 * 入驻项目 editor. Founder and phone are personal data: a user without the module's permission sees them masked and
 * cannot change them (the registry keeps the recorded ones); a user with it sees them in clear, which the registry
 * logs as a read of personal data.
 */
public final class ProjectDialog extends FormDialog {

    public static final String CODE = "org.jiedao.incubation.ui.project.code";
    public static final String PHONE = "org.jiedao.incubation.ui.project.phone";
    public static final String FOUNDER = "org.jiedao.incubation.ui.project.founder";

    private final IncubationRegistry registry;
    private final List<String> units;
    private final Locale locale = Locale.getDefault();
    private Versioned<Project> project;
    private Text code;
    private Text name;
    private Text founder;
    private Text phone;
    private Text sector;
    private Button student;
    private Text school;
    private Text graduation;
    private Button excellent;
    private Combo unit;
    private Text entry;
    private Text exit;
    private Combo status;

    /** @param project null for a new project; {@code units} the names of the communities (and streets) it may belong to */
    ProjectDialog(Shell shell, IncubationRegistry registry, List<String> units, Versioned<Project> project) {
        super(shell, project == null ? Messages.Project_new : NLS.bind(Messages.Project_edit, project.record().code()),
                project != null && !project.record().personalDataVisible() ? Messages.Project_masked : Messages.Project_message);
        this.registry = registry;
        this.units = units;
        this.project = project;
    }

    @Override
    protected void createFields(FormBuilder form) {
        code = form.text(Messages.Col_code, true);
        code.setData(CODE, Boolean.TRUE);
        name = form.text(Messages.Col_name, true);
        founder = form.text(Messages.Col_founder, false);
        founder.setData(FOUNDER, Boolean.TRUE);
        // a masked phone (read-only for a user without the permission) is kept as recorded, not checked as input
        phone = form.text(Messages.Col_phone, false, v -> v.isEmpty() || (phone != null && !phone.getEditable()) || v.matches("[0-9+\\- ()]+") ? null
                : NLS.bind(Messages.Project_badPhone, v));
        phone.setData(PHONE, Boolean.TRUE);
        sector = form.text(Messages.Col_sector, false);
        student = form.check(Messages.Col_student);
        school = form.text(Messages.Col_school, false);
        graduation = form.integer(Messages.Col_graduation, false, 1949, 2200);
        excellent = form.check(Messages.Col_excellent);
        unit = form.choice(Messages.Col_community, true, units);
        entry = form.date(Messages.Col_entry, false);
        exit = form.date(Messages.Col_exit, false);
        status = form.choice(Messages.Col_status, true, Arrays.stream(ProjectStatus.values()).map(s -> s.displayName(locale)).toList());
        fill();
    }

    private void fill() {
        if (project == null) {
            status.select(ProjectStatus.RESIDENT.ordinal());
            return;
        }
        Project p = project.record();
        code.setText(p.code());
        name.setText(p.name());
        boolean personal = p.personalDataVisible();
        founder.setEditable(personal);
        phone.setEditable(personal);
        founder.setText(p.founder());
        phone.setText(p.phone());
        sector.setText(p.sector());
        student.setSelection(p.student());
        school.setText(p.school());
        graduation.setText(p.graduationYear() == null ? "" : String.valueOf(p.graduationYear()));
        excellent.setSelection(p.excellent());
        int u = units.indexOf(p.communityName());
        if (u < 0) {
            unit.add(p.communityName());
            u = unit.getItemCount() - 1;
        }
        unit.select(u);
        FormBuilder.setDate(entry, p.entryDate());
        FormBuilder.setDate(exit, p.exitDate());
        status.select(p.status().ordinal());
    }

    @Override
    protected void save() {
        Long year = FormBuilder.integerOf(graduation);
        ProjectInput in = new ProjectInput(code.getText(), name.getText(), founder.getText(), phone.getText(), sector.getText(), student.getSelection(),
                school.getText(), year == null ? null : year.intValue(), excellent.getSelection(), unit.getText(), FormBuilder.dateOf(entry),
                FormBuilder.dateOf(exit), ProjectStatus.values()[status.getSelectionIndex()]);
        if (project == null) {
            registry.addProject(in);
        } else {
            registry.updateProject(project.record().id(), project.version(), in);
        }
    }

    @Override
    protected void reload() {
        project = registry.project(project.record().id()).orElse(null);
        if (project == null) {
            cancelPressed();
        } else {
            fill();
        }
    }
}
