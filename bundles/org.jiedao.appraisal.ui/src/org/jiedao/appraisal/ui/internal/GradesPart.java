package org.jiedao.appraisal.ui.internal;

import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jiedao.appraisal.AppraisalService;
import org.jiedao.appraisal.AppraisalService.AppraisalYear;
import org.jiedao.appraisal.AppraisalService.Cadre;
import org.jiedao.appraisal.AppraisalService.GroupGrades;
import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.ExplanationText;
import org.jiedao.appraisal.rules.Explanation;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.core.security.SecurityService;
import org.jiedao.ui.api.ConcurrentChangeDialog;
import org.jiedao.ui.api.RecordsRefresh;
import org.jiedao.ui.widgets.ChartView;

/**
 * 考核等次: a year's grades in the user's distribution groups, with the distribution against the
 * quotas above the table and the selected cadre's explanation beside it; appraisal administrators
 * publish the year or unlock it (with a reason).
 */
public final class GradesPart {

    /** Widget data keys, for tests and tools. */
    public static final String YEAR_ID = "org.jiedao.appraisal.ui.year";
    public static final String TABLE_ID = "org.jiedao.appraisal.ui.grades";
    public static final String STATE_ID = "org.jiedao.appraisal.ui.state";
    public static final String DISTRIBUTION_ID = "org.jiedao.appraisal.ui.distribution";
    public static final String EXPLANATION_ID = "org.jiedao.appraisal.ui.explanation";
    public static final String PUBLISH_ID = "org.jiedao.appraisal.ui.publish";
    public static final String UNLOCK_ID = "org.jiedao.appraisal.ui.unlock";
    public static final String STATUS_ID = "org.jiedao.appraisal.ui.status";
    public static final String CHART_ID = "org.jiedao.appraisal.ui.chart";
    public static final String SETTINGS_ID = "org.jiedao.appraisal.ui.settings";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AppraisalService appraisal;
    private final OrgUnitService units;
    private final SecurityService security;
    private final Locale locale = Locale.getDefault();

    private Combo year;
    private Label state;
    private Button publish;
    private Button unlock;
    private final Map<Grade, Label> distribution = new EnumMap<>(Grade.class);
    private Table table;
    private Text explanation;
    private Label status;
    private ChartView chart;
    private List<Integer> years = List.of();

    @Inject
    public GradesPart(AppraisalService appraisal, OrgUnitService units, SecurityService security) {
        this.appraisal = appraisal;
        this.units = units;
        this.security = security;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(6, 6).applyTo(parent);

        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        new Label(top, SWT.NONE).setText(Messages.Grades_year);
        year = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
        year.setData(YEAR_ID, Boolean.TRUE);
        GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(year);
        year.addListener(SWT.Selection, e -> load());
        state = new Label(top, SWT.NONE);
        state.setData(STATE_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(state);
        Button refresh = new Button(top, SWT.PUSH);
        refresh.setText(Messages.Grades_refresh);
        refresh.addListener(SWT.Selection, e -> reloadYears());
        Button settings = new Button(top, SWT.PUSH);
        settings.setText(Messages.Grades_settings);
        settings.setData(SETTINGS_ID, Boolean.TRUE);
        settings.addListener(SWT.Selection, e -> editSettings());
        publish = new Button(top, SWT.PUSH);
        publish.setText(Messages.Grades_publish);
        publish.setData(PUBLISH_ID, Boolean.TRUE);
        publish.addListener(SWT.Selection, e -> publish());
        unlock = new Button(top, SWT.PUSH);
        unlock.setText(Messages.Grades_unlock);
        unlock.setData(UNLOCK_ID, Boolean.TRUE);
        unlock.addListener(SWT.Selection, e -> unlock());

        Composite distributionArea = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 0).applyTo(distributionArea);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(distributionArea);
        Composite counts = new Composite(distributionArea, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(1).spacing(0, 6).applyTo(counts);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(counts);
        new Label(counts, SWT.NONE).setText(Messages.Grades_distribution);
        FontData[] bold = counts.getFont().getFontData();
        for (FontData fd : bold) {
            fd.setStyle(SWT.BOLD);
        }
        Font boldFont = new Font(counts.getDisplay(), bold);
        counts.addListener(SWT.Dispose, e -> boldFont.dispose());
        for (Grade g : Grade.values()) {
            Label label = new Label(counts, SWT.NONE);
            label.setFont(boldFont);
            label.setData(DISTRIBUTION_ID, g.key());
            GridDataFactory.swtDefaults().hint(110, SWT.DEFAULT).applyTo(label);
            distribution.put(g, label);
        }
        chart = new ChartView(distributionArea, SWT.NONE);
        chart.setData(CHART_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 150).applyTo(chart);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        table = new Table(sash, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setData(TABLE_ID, Boolean.TRUE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] headers = { Messages.Grades_cadre, Messages.Grades_name, Messages.Grades_unit, Messages.Grades_score, Messages.Grades_rank,
                Messages.Grades_grade, Messages.Grades_dYears, Messages.Grades_bonus };
        int[] widths = { 62, 60, 100, 70, 44, 44, 62, 90 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, i >= 3 ? SWT.RIGHT : SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        table.addListener(SWT.Selection, e -> explainSelected());
        Group group = new Group(sash, SWT.NONE);
        group.setText(Messages.Grades_explanation);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(group);
        explanation = new Text(group, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        explanation.setData(EXPLANATION_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(explanation);
        sash.setWeights(64, 36);

        status = new Label(parent, SWT.NONE);
        status.setData(STATUS_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        reloadYears();
        // scores imported, grades published elsewhere: the year follows without 刷新
        RecordsRefresh.whenChanged(table, this::reloadYears, "org.jiedao.appraisal");
    }

    /** Reads the years with data again and shows the selected one (the newest at first). */
    void reloadYears() {
        Integer selected = year.getSelectionIndex() >= 0 ? years.get(year.getSelectionIndex()) : null;
        years = appraisal.years();
        year.setItems(years.stream().map(String::valueOf).toArray(String[]::new));
        if (years.isEmpty()) {
            clear(Messages.Grades_noYears);
            return;
        }
        int index = selected == null ? 0 : Math.max(0, years.indexOf(selected));
        year.select(index);
        load();
    }

    private void clear(String message) {
        table.removeAll();
        chart.setChart(null);
        explanation.setText("");
        distribution.values().forEach(l -> l.setText(""));
        state.setText("");
        publish.setEnabled(false);
        unlock.setEnabled(false);
        status.setText(message);
        status.getParent().layout(true, true);
    }

    private int selectedYear() {
        return years.get(year.getSelectionIndex());
    }

    /** Shows the selected year's grades. */
    void load() {
        int y = selectedYear();
        List<GroupGrades> groups;
        try {
            groups = appraisal.grade(y, null);
        } catch (AccessDeniedException e) {
            clear(NLS.bind(Messages.Grades_noPermission, e.getMessage()));
            return;
        }
        AppraisalYear info = appraisal.year(y);
        state.setText(info.published()
                ? NLS.bind(Messages.Grades_published, info.publishedBy().orElse("?"), info.publishedAt().map(WHEN::format).orElse("?"))
                : Messages.Grades_open);
        boolean admin = !groups.isEmpty() && groups.stream().allMatch(g -> security.isPermitted(AppraisalService.ADMIN_PERMISSION, g.group().code()));
        publish.setEnabled(admin && !info.published());
        unlock.setEnabled(admin && info.published());

        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        Map<Grade, Integer> quotas = new EnumMap<>(Grade.class);
        Map<String, String> unitNames = new HashMap<>();
        table.removeAll();
        int all = 0;
        int graded = 0;
        for (GroupGrades group : groups) {
            group.result().distribution().forEach((g, n) -> counts.merge(g, n, Integer::sum));
            group.result().quotas().forEach((g, n) -> quotas.merge(g, n, Integer::sum));
            for (Explanation e : group.result().explanations()) {
                Cadre cadre = group.cadres().get(e.cadreId());
                all++;
                TableItem item = new TableItem(table, SWT.NONE);
                item.setData(new Row(y, e.cadreId()));
                String unit = cadre == null ? "" : unitNames.computeIfAbsent(cadre.unitCode(),
                        code -> units.find(code).map(OrgUnit::name).orElse(code));
                if (!e.graded()) {
                    item.setText(new String[] { e.cadreId(), cadre == null ? "" : cadre.name(), unit, "", "", Messages.Grades_notGraded,
                            Integer.toString(e.priorDYears()), "" });
                    item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                    continue;
                }
                graded++;
                Grade grade = e.grade().get();
                item.setText(new String[] { e.cadreId(), cadre == null ? "" : cadre.name(), unit, e.annualScore().get().toPlainString(),
                        Integer.toString(e.rank().get()), grade.key(), Integer.toString(e.dYears()),
                        e.bonusFactor().get().setScale(2, RoundingMode.HALF_UP).toPlainString() });
                if (grade == Grade.D) {
                    item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                }
            }
        }
        for (Grade g : Grade.values()) {
            int n = counts.getOrDefault(g, 0);
            int quota = quotas.getOrDefault(g, 0);
            Label label = distribution.get(g);
            label.setText(NLS.bind(Messages.Grades_count, new Object[] { g.displayName(locale), Integer.toString(n), Integer.toString(quota) }));
            // ties never split: a tie at a boundary may move cadres to the better grade
            label.setForeground(n == quota ? null : table.getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        }
        List<String> categories = new ArrayList<>();
        List<Integer> actual = new ArrayList<>();
        List<Integer> quota = new ArrayList<>();
        for (Grade g : Grade.values()) {
            categories.add(g.displayName(locale));
            actual.add(counts.getOrDefault(g, 0));
            quota.add(quotas.getOrDefault(g, 0));
        }
        chart.setChart(new WidgetData.Chart(WidgetData.Chart.Kind.BAR, categories, List.of(
                new WidgetData.Series(NLS.bind(Messages.Grades_seriesCadres, Integer.toString(y)), actual),
                new WidgetData.Series(Messages.Grades_seriesQuotas, quota))));
        explanation.setText(Messages.Grades_selectCadre);
        status.setText(NLS.bind(Messages.Grades_status, new Object[] { Integer.toString(all), Integer.toString(graded),
                groups.stream().map(g -> g.group().name()).collect(Collectors.joining("、")) }));
        status.getParent().layout(true, true);
    }

    private void explainSelected() {
        TableItem[] selection = table.getSelection();
        if (selection.length == 0 || !(selection[0].getData() instanceof Row row)) {
            return;
        }
        try {
            List<String> lines = new ArrayList<>(ExplanationText.lines(appraisal.explain(row.year(), row.cadreId()), row.year(), locale));
            explanation.setText(String.join("\n", lines));
        } catch (RuntimeException e) {
            explanation.setText(String.valueOf(e.getMessage()));
        }
    }

    private void publish() {
        int y = selectedYear();
        if (!MessageDialog.openConfirm(table.getShell(), Messages.Publish_title, NLS.bind(Messages.Publish_confirm, Integer.toString(y)))) {
            return;
        }
        try {
            int graded = appraisal.publish(y);
            status.setText(NLS.bind(Messages.Publish_done, Integer.toString(y), Integer.toString(graded)));
        } catch (ConcurrentChangeException e) {
            ConcurrentChangeDialog.open(table.getShell(), e);
        } catch (RuntimeException e) {
            MessageDialog.openError(table.getShell(), Messages.Error_title, String.valueOf(e.getMessage()));
        }
        String done = status.getText();
        load();
        status.setText(done);
    }

    private void unlock() {
        int y = selectedYear();
        InputDialog ask = new InputDialog(table.getShell(), Messages.Unlock_title, NLS.bind(Messages.Unlock_reason, Integer.toString(y)), "",
                text -> text == null || text.isBlank() ? Messages.Unlock_reasonRequired : null);
        if (ask.open() != Window.OK) {
            return;
        }
        try {
            appraisal.unlock(y, ask.getValue());
            status.setText(NLS.bind(Messages.Unlock_done, Integer.toString(y)));
        } catch (ConcurrentChangeException e) {
            ConcurrentChangeDialog.open(table.getShell(), e);
        } catch (RuntimeException e) {
            MessageDialog.openError(table.getShell(), Messages.Error_title, String.valueOf(e.getMessage()));
        }
        String done = status.getText();
        load();
        status.setText(done);
    }

    private void editSettings() {
        if (year.getSelectionIndex() < 0) {
            return;
        }
        int y = selectedYear();
        if (new SettingsDialog(table.getShell(), appraisal, y).open() == Window.OK) {
            load();
            status.setText(NLS.bind(Messages.Settings_saved, Integer.toString(y)));
        }
    }

    /** What a table row stands for. */
    record Row(int year, String cadreId) {
    }

    @Focus
    public void setFocus() {
        table.setFocus();
    }
}
