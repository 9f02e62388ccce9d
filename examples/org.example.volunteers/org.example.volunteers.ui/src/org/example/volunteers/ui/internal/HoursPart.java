package org.example.volunteers.ui.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.example.volunteers.VolunteerHours;
import org.example.volunteers.VolunteerService;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.ListRecordSource;
import org.jiedao.ui.widgets.RecordTable;

/**
 * 服务时长统计: the hours each volunteer served in a month, in the signed-in user's units, in the
 * platform's record table (sortable, filterable).
 */
public final class HoursPart {

    static final String ID = "org.example.volunteers.ui.part.hours";
    static final int MONTHS = 12;

    private final VolunteerService volunteers;
    private Combo month;
    private Label total;
    private RecordTable<VolunteerHours> table;
    private List<Column<VolunteerHours>> columns;
    private final List<YearMonth> months = new ArrayList<>();

    @Inject
    public HoursPart(VolunteerService volunteers) {
        this.volunteers = volunteers;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(3).margins(8, 8).applyTo(parent);
        new Label(parent, SWT.NONE).setText(Messages.Hours_month);
        month = new Combo(parent, SWT.READ_ONLY);
        YearMonth now = YearMonth.now();
        for (int i = 0; i < MONTHS; i++) {
            months.add(now.minusMonths(i));
            month.add(now.minusMonths(i).toString());
        }
        total = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(total);

        columns = List.of(
                Column.<VolunteerHours>of("volunteer", Messages.Hours_volunteer, VolunteerHours::volunteer).width(120),
                Column.<VolunteerHours>of("organisation", Messages.Hours_organisation, VolunteerHours::organisation).width(200),
                Column.<VolunteerHours>of("community", Messages.Hours_community, VolunteerHours::communityName).width(140),
                Column.<VolunteerHours>of("events", Messages.Hours_events, VolunteerHours::events).align(SWT.RIGHT).width(80),
                Column.<VolunteerHours>of("hours", Messages.Hours_hours, VolunteerHours::hours).align(SWT.RIGHT).width(100)
                        .format((BigDecimal h) -> h.toPlainString()));
        table = new RecordTable<>(parent, columns);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(table.getControl());

        month.addListener(SWT.Selection, e -> show(months.get(month.getSelectionIndex())));
        month.select(0);
        show(months.get(0));
    }

    void show(YearMonth selected) {
        List<VolunteerHours> rows = volunteers.hours(selected, Optional.empty());
        BigDecimal sum = rows.stream().map(VolunteerHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        total.setText(NLS.bind(Messages.Hours_total, rows.size(), sum.toPlainString()));
        table.setInput(new ListRecordSource<>(() -> rows, columns));
    }

    /** Shows a month (the part keeps the last {@value #MONTHS}); for the workbench test and the handler. */
    void select(YearMonth selected) {
        int index = months.indexOf(selected);
        if (index >= 0) {
            month.select(index);
            show(selected);
        }
    }

    RecordTable<VolunteerHours> table() {
        return table;
    }

    @Focus
    public void focus() {
        month.setFocus();
    }
}
