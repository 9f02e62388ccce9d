package __ID__.ui.internal;

import java.util.List;

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
import org.jiedao.ui.api.RecordsRefresh;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.ListRecordSource;
import org.jiedao.ui.widgets.RecordTable;
import __ID__.__Type__Entry;
import __ID__.__Type__Service;

/**
 * __ZH__: the entries of the signed-in user's units, newest first, in the platform's RecordTable (header
 * clicks sort, the filter row filters); refreshed after every commit of the module (an import, a dialog,
 * another window), keeping the officer's place and selected entry.
 */
public final class EntriesPart {

    static final String ID = "__ID__.ui.part.entries";

    private final __Type__Service entries;
    private Label count;
    private RecordTable<__Type__Entry> table;

    @Inject
    public EntriesPart(__Type__Service entries) {
        this.entries = entries;
    }

    @PostConstruct
    public void create(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).applyTo(parent);
        count = new Label(parent, SWT.NONE);
        count.setText(" ");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(count);
        Button refresh = new Button(parent, SWT.PUSH);
        refresh.setText(Messages.Entries_refresh);
        refresh.addListener(SWT.Selection, e -> table.refresh());

        List<Column<__Type__Entry>> columns = List.of(
                Column.<__Type__Entry>of("day", Messages.Entries_day, __Type__Entry::day).width(100),
                Column.<__Type__Entry>of("title", Messages.Entries_title, __Type__Entry::title).width(240),
                Column.<__Type__Entry>of("community", Messages.Entries_community, __Type__Entry::communityName).width(160),
                Column.<__Type__Entry>of("note", Messages.Entries_note, __Type__Entry::note).width(300));
        table = new RecordTable<>(parent, columns);
        table.setRowIdentity(__Type__Entry::id);
        table.addCountListener(n -> {
            if (!count.isDisposed()) {
                count.setText(NLS.bind(Messages.Entries_count, n));
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table.getControl());
        // the service scopes the list to the user's units; a module with many records pages in its service
        // (a RecordSource over count and page queries, as the petitions inbox does) instead of listing all
        table.setInput(new ListRecordSource<>(() -> entries.list(0), columns));
        RecordsRefresh.whenChanged(table.getControl(), table::refresh, "__ID__");
    }

    RecordTable<__Type__Entry> table() {
        return table;
    }

    @Focus
    public void focus() {
        table.setFocus();
    }
}
