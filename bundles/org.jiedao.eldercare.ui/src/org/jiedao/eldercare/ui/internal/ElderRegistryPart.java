package org.jiedao.eldercare.ui.internal;

import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jiedao.eldercare.Elder;
import org.jiedao.eldercare.ElderQuery;
import org.jiedao.eldercare.ElderRegistry;

/** 老年人档案: the elders of the signed-in user's communities (personal data masked without the permission). */
public final class ElderRegistryPart {

    static final String ID = "org.jiedao.eldercare.ui.part.elders";

    private final ElderRegistry registry;
    private Label count;
    private Table table;

    @Inject
    public ElderRegistryPart(ElderRegistry registry) {
        this.registry = registry;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).applyTo(parent);
        count = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(count);
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(Messages.Elders_refresh);
        refresh.addListener(SWT.Selection, e -> refresh());

        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] headers = { Messages.Elders_idNumber, Messages.Elders_name, Messages.Elders_sex, Messages.Elders_age, Messages.Elders_community,
                Messages.Elders_address, Messages.Elders_phone, Messages.Elders_livingAlone, Messages.Elders_category };
        int[] widths = { 170, 90, 50, 50, 140, 130, 110, 70, 80 };
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
        refresh();
    }

    void refresh() {
        table.removeAll();
        Locale locale = Locale.getDefault();
        for (Elder e : registry.list(ElderQuery.all(), 0)) {
            new TableItem(table, SWT.NONE).setText(new String[] { e.idNumber(), e.name(), e.sex().displayName(locale), String.valueOf(e.age()),
                    e.communityName(), e.address(), e.phone(), e.livingAlone() ? Messages.Elders_yes : "", e.category() });
        }
        count.setText(NLS.bind(Messages.Elders_count, table.getItemCount()));
        count.getParent().layout(true);
    }

    Table table() {
        return table;
    }

    @Focus
    public void focus() {
        table.setFocus();
    }
}
