package org.jiedao.safety.ui.internal;

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
import org.jiedao.safety.SafetyEntry;
import org.jiedao.safety.SafetyService;

/** 消防安全: the entries of the signed-in user's units, newest first. */
public final class EntriesPart {

    static final String ID = "org.jiedao.safety.ui.part.entries";

    private final SafetyService entries;
    private Label count;
    private Table table;

    @Inject
    public EntriesPart(SafetyService entries) {
        this.entries = entries;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).applyTo(parent);
        count = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(count);
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(Messages.Entries_refresh);
        refresh.addListener(SWT.Selection, e -> refresh());

        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        String[] headers = { Messages.Entries_day, Messages.Entries_title, Messages.Entries_community, Messages.Entries_note };
        int[] widths = { 100, 240, 160, 300 };
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
        for (SafetyEntry e : entries.list(0)) {
            new TableItem(table, SWT.NONE).setText(new String[] { e.day().toString(), e.title(), e.communityName(), e.note() });
        }
        count.setText(NLS.bind(Messages.Entries_count, table.getItemCount()));
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
