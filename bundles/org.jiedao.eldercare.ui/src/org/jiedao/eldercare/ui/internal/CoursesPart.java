package org.jiedao.eldercare.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.eldercare.Courses;
import org.jiedao.eldercare.Courses.Course;
import org.jiedao.eldercare.Courses.Enrolment;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.EnrolmentStatus;
import org.jiedao.ui.api.RecordsRefresh;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.FilterBar;
import org.jiedao.ui.widgets.ListRecordSource;
import org.jiedao.ui.widgets.RecordTable;

/**
 * 老年学校: the courses of the user's communities with their places, enrolled and waiting; below, the
 * selected course's enrolments (the waiting list in its order). Enrolling beyond the capacity joins the
 * waiting list; withdrawing or more places move it up by itself (the service does).
 */
public final class CoursesPart {

    static final String ID = "org.jiedao.eldercare.ui.part.courses";
    public static final String ENROL = "enrol";
    public static final String WITHDRAW = "withdraw";
    public static final String CAPACITY = "capacity";
    /** Keys of the tables' controls' data: the {@link RecordTable}s, for tests. */
    public static final String COURSES = "org.jiedao.eldercare.ui.courses";
    public static final String ENROLMENTS = "org.jiedao.eldercare.ui.enrolments";
    /** A full course's background. */
    public static final RGB FULL_BACKGROUND = new RGB(255, 243, 205);

    private final Courses courses;
    private final ElderRegistry registry;
    private final OrgUnitService units;
    private final Locale locale = Locale.getDefault();
    private RecordTable<Course> table;
    private RecordTable<Enrolment> enrolments;
    private Label heading;
    private volatile String selected;

    @Inject
    public CoursesPart(Courses courses, ElderRegistry registry, OrgUnitService units) {
        this.courses = courses;
        this.registry = registry;
        this.units = units;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        FilterBar bar = new FilterBar(parent);
        bar.button(ENROL, Messages.Courses_enrol, this::enrol);
        bar.button(WITHDRAW, Messages.Courses_withdraw, this::withdraw);
        bar.button(CAPACITY, Messages.Courses_capacity, this::capacity);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Map<String, String> names = units.list().stream().collect(Collectors.toMap(OrgUnit::code, OrgUnit::name, (a, b) -> a));
        List<Column<Course>> columns = List.of(
                Column.<Course>of("code", Messages.Courses_code, Course::code).width(80),
                Column.<Course>of("name", Messages.Courses_name, Course::name).width(100),
                Column.<Course>of("term", Messages.Courses_term, Course::term).width(90),
                Column.<Course>of("community", Messages.Elders_community, c -> names.getOrDefault(c.communityCode(), c.communityCode())).width(120),
                Column.<Course>of("capacity", Messages.Courses_places, Course::capacity).width(60).align(SWT.RIGHT),
                Column.<Course>of("enrolled", Messages.Courses_enrolled, Course::enrolled).width(60).align(SWT.RIGHT),
                Column.<Course>of("waiting", Messages.Courses_waiting, Course::waiting).width(60).align(SWT.RIGHT));
        table = new RecordTable<>(sash, columns);
        table.getControl().setData(COURSES, table);
        table.setRowBackground(c -> c.enrolled() >= c.capacity() ? FULL_BACKGROUND : null);
        table.setInput(new ListRecordSource<>(courses::courses, columns));
        table.addSelectionListener(rows -> {
            selected = rows.isEmpty() ? null : rows.get(0).code();
            heading.setText(rows.isEmpty() ? Messages.Courses_select
                    : NLS.bind(Messages.Courses_heading, new Object[] { rows.get(0).name(), rows.get(0).enrolled(), rows.get(0).capacity(),
                            rows.get(0).waiting() }));
            enrolments.refresh();
        });
        Composite lower = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(lower);
        heading = new Label(lower, SWT.NONE);
        heading.setText(Messages.Courses_select);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        List<Column<Enrolment>> enrolmentColumns = List.of(
                Column.<Enrolment>of("status", Messages.Courses_status, e -> e.status() == EnrolmentStatus.WAITING
                        ? NLS.bind(Messages.Courses_waitingPosition, e.position()) : e.status().displayName(locale)).width(90),
                Column.<Enrolment>of("elder", Messages.Elders_name, Enrolment::elderName).width(100),
                Column.<Enrolment>of("elder_id", Messages.Courses_elderId, Enrolment::elderId).width(80).align(SWT.RIGHT));
        enrolments = new RecordTable<>(lower, enrolmentColumns.stream().map(c -> c.unsortable()).toList());
        enrolments.getControl().setData(ENROLMENTS, enrolments);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(enrolments.getControl());
        enrolments.setInput(new ListRecordSource<>(() -> selected == null ? List.<Enrolment> of() : courses.enrolments(selected), enrolmentColumns));
        sash.setWeights(55, 45);
        RecordsRefresh.whenChanged(table.getControl(), this::refresh, "org.jiedao.eldercare");
    }

    /** Reads the courses and the selected course's enrolments again. */
    public void refresh() {
        table.refresh();
        enrolments.refresh();
    }

    private String course() {
        if (selected == null) {
            MessageDialog.openInformation(table.getControl().getShell(), Messages.Courses_title, Messages.Courses_select);
        }
        return selected;
    }

    private void enrol() {
        String code = course();
        if (code == null) {
            return;
        }
        String text = Ui.ask(table.getControl().getShell(), Messages.Courses_enrol, Messages.Common_elderPrompt, "");
        if (text != null) {
            Ui.guarded(table.getControl().getShell(), Messages.Courses_title, () -> {
                EnrolmentStatus status = courses.enrol(code, Ui.elder(registry, text));
                if (status == EnrolmentStatus.WAITING) {
                    MessageDialog.openInformation(table.getControl().getShell(), Messages.Courses_title, Messages.Courses_joinedWaiting);
                }
            });
        }
    }

    private void withdraw() {
        String code = course();
        if (code == null) {
            return;
        }
        List<Enrolment> chosen = enrolments.getSelection();
        if (chosen.isEmpty()) {
            MessageDialog.openInformation(table.getControl().getShell(), Messages.Courses_title, Messages.Courses_selectEnrolment);
            return;
        }
        Ui.guarded(table.getControl().getShell(), Messages.Courses_title, () -> courses.withdraw(code, chosen.get(0).elderId()));
    }

    private void capacity() {
        String code = course();
        if (code == null) {
            return;
        }
        String text = Ui.ask(table.getControl().getShell(), Messages.Courses_capacity, Messages.Courses_capacityPrompt, "");
        if (text != null) {
            Ui.guarded(table.getControl().getShell(), Messages.Courses_title, () -> {
                int places;
                try {
                    places = Integer.parseInt(text.strip());
                } catch (NumberFormatException e) {
                    throw new EldercareException(NLS.bind(Messages.Common_notANumber, text.strip()));
                }
                courses.setCapacity(code, places);
            });
        }
    }

    /** @return the courses table (for tests) */
    public RecordTable<Course> table() {
        return table;
    }

    /** @return the selected course's enrolments (for tests) */
    public RecordTable<Enrolment> enrolments() {
        return enrolments;
    }

    @Focus
    public void focus() {
        table.getControl().setFocus();
    }
}
