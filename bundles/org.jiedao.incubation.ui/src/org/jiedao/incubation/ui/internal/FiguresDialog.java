package org.jiedao.incubation.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.Records.Project;
import org.jiedao.incubation.Records.YearFigure;
import org.jiedao.ui.widgets.FormBuilder;
import org.jiedao.ui.widgets.FormDialog;

/** 年度数据: a project's jobs (带动就业) and turnover (exact yuan) of a year; a year recorded already is replaced. */
public final class FiguresDialog extends FormDialog {

    public static final String YEAR = "org.jiedao.incubation.ui.figures.year";
    public static final String JOBS = "org.jiedao.incubation.ui.figures.jobs";
    public static final String TURNOVER = "org.jiedao.incubation.ui.figures.turnover";

    private final IncubationRegistry registry;
    private final Project project;
    private List<YearFigure> recorded;
    private Text year;
    private Text jobs;
    private Text turnover;

    FiguresDialog(Shell shell, IncubationRegistry registry, Project project) {
        super(shell, NLS.bind(Messages.Figures_title, project.code(), project.name()), Messages.Figures_message);
        this.registry = registry;
        this.project = project;
    }

    @Override
    protected void createFields(FormBuilder form) {
        recorded = registry.figures(project.code());
        Label list = new Label(form.getComposite(), SWT.WRAP);
        list.setText(recorded.isEmpty() ? Messages.Figures_none : recorded.stream()
                .map(f -> NLS.bind(Messages.Figures_line, new Object[] { f.year(), f.jobs(), f.turnover().toPlainString() }))
                .collect(Collectors.joining("\n")));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(list);
        year = form.integer(Messages.Col_year, true, 1949, 2200);
        year.setData(YEAR, Boolean.TRUE);
        jobs = form.integer(Messages.Col_jobs, true, 0, 1_000_000);
        jobs.setData(JOBS, Boolean.TRUE);
        turnover = form.decimal(Messages.Col_turnover, true, 2, java.math.BigDecimal.ZERO);
        turnover.setData(TURNOVER, Boolean.TRUE);
        int y = recorded.isEmpty() ? LocalDate.now().getYear() : recorded.get(recorded.size() - 1).year();
        year.setText(String.valueOf(y));
        show(y);
        year.addListener(SWT.Modify, e -> {
            Long typed = FormBuilder.integerOf(year);
            if (typed != null) {
                show(typed.intValue());
            }
        });
    }

    /** Puts the year's recorded figures into the fields (a year without figures leaves them as typed). */
    private void show(int y) {
        recorded.stream().filter(f -> f.year() == y).findFirst().ifPresent(f -> {
            jobs.setText(String.valueOf(f.jobs()));
            turnover.setText(f.turnover().toPlainString());
        });
    }

    @Override
    protected void save() {
        registry.setFigures(project.code(), FormBuilder.integerOf(year).intValue(), FormBuilder.integerOf(jobs).intValue(),
                FormBuilder.decimalOf(turnover));
    }
}
