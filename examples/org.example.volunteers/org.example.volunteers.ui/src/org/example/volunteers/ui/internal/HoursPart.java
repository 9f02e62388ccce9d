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
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.example.volunteers.VolunteerHours;
import org.example.volunteers.VolunteerService;
import org.jiedao.ui.api.RecordsRefresh;

/**
 * 服务时长统计: the hours each volunteer served in a month, in the signed-in user's units, most
 * hours first.
 */
public final class HoursPart {

    static final String ID = "org.example.volunteers.ui.part.hours";
    static final int MONTHS = 12;

    private final VolunteerService volunteers;
    private Combo month;
    private Label total;
    private Table table;
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

        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] headers = { Messages.Hours_volunteer, Messages.Hours_organisation, Messages.Hours_community, Messages.Hours_events,
                Messages.Hours_hours };
        int[] widths = { 120, 220, 150, 80, 140 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, i >= 3 ? SWT.RIGHT : SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(table);

        month.addListener(SWT.Selection, e -> show(months.get(month.getSelectionIndex())));
        month.select(0);
        show(months.get(0));
        // an import of a sign-in sheet shows here without reopening the part
        RecordsRefresh.whenChanged(table, () -> show(months.get(month.getSelectionIndex())), "org.example.volunteers");
    }

    void show(YearMonth selected) {
        List<VolunteerHours> rows = volunteers.hours(selected, Optional.empty());
        BigDecimal sum = rows.stream().map(VolunteerHours::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        total.setText(NLS.bind(Messages.Hours_total, rows.size(), sum.toPlainString()));
        table.removeAll();
        for (VolunteerHours h : rows) {
            new TableItem(table, SWT.NONE).setText(new String[] { h.volunteer(), h.organisation() == null ? "" : h.organisation(),
                    h.communityName(), Integer.toString(h.events()), h.hours().toPlainString() });
        }
        parentLayout();
    }

    /** Shows a month (the part keeps the last {@value #MONTHS}); for the workbench test and the handler. */
    void select(YearMonth selected) {
        int index = months.indexOf(selected);
        if (index >= 0) {
            month.select(index);
            show(selected);
        }
    }

    private void parentLayout() {
        total.getParent().layout(true);
    }

    Table table() {
        return table;
    }

    @Focus
    public void focus() {
        month.setFocus();
    }
}
