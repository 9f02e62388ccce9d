package org.jiedao.modules.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.modules.ChangeResult;
import org.jiedao.modules.ModuleException;
import org.jiedao.modules.ModuleFeature;
import org.jiedao.modules.ModuleManager;
import org.jiedao.modules.ProfileState;

/**
 * 工具 › 模块管理…: installed modules (update, uninstall), modules the configured repositories offer
 * (install), and the installation's history (revert). Every change runs in a progress dialog that can
 * be cancelled, and ends with the offer to restart.
 */
public final class ModulesDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final ModuleManager manager;
    private final Runnable restart;
    private final Locale locale = Locale.getDefault();
    private Table installed;
    private Table available;
    private Table history;
    private Label repositories;
    private Label status;
    private List<ModuleFeature> installedRows = List.of();
    private List<ModuleFeature> availableRows = List.of();
    private List<ProfileState> historyRows = List.of();

    /** @param restart restarts the workbench, or null when it cannot be restarted from here */
    public ModulesDialog(Shell parent, ModuleManager manager, Runnable restart) {
        super(parent);
        this.manager = manager;
        this.restart = restart;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Dialog_title);
    }

    /** A roomy default; JFace then centres the dialog on the workbench window. */
    @Override
    protected Point getInitialSize() {
        return new Point(900, 560);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Dialog_close, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        }
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        TabFolder tabs = new TabFolder(area, SWT.NONE);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite installedPage = page(tabs, Messages.Dialog_tab_installed);
        installed = table(installedPage, "installed", Messages.Column_name, Messages.Column_id, Messages.Column_version, Messages.Column_vendor, Messages.Column_description);
        Composite installedButtons = buttons(installedPage);
        button(installedButtons, Messages.Dialog_update, () -> change(m -> manager.update(selectedIds(installed, installedRows), locale, m)));
        button(installedButtons, Messages.Dialog_updateAll, () -> change(m -> manager.update(List.of(), locale, m)));
        button(installedButtons, Messages.Dialog_uninstall, () -> {
            List<String> ids = selectedIds(installed, installedRows);
            if (!ids.isEmpty() && MessageDialog.openConfirm(getShell(), Messages.Dialog_title,
                    NLS.bind(Messages.Dialog_confirmUninstall, String.join(", ", ids)))) {
                change(m -> manager.uninstall(ids, locale, m));
            }
        });

        Composite availablePage = page(tabs, Messages.Dialog_tab_available);
        repositories = new Label(availablePage, SWT.WRAP);
        repositories.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        available = table(availablePage, "available", Messages.Column_name, Messages.Column_id, Messages.Column_version, Messages.Column_vendor, Messages.Column_description);
        Composite availableButtons = buttons(availablePage);
        button(availableButtons, Messages.Dialog_install, () -> {
            List<String> ids = selectedIds(available, availableRows);
            if (!ids.isEmpty()) {
                change(m -> manager.install(ids, List.of(), locale, m));
            }
        });
        button(availableButtons, Messages.Dialog_refresh, this::loadAvailable);
        button(availableButtons, Messages.Dialog_addRepository, this::addRepository);

        Composite historyPage = page(tabs, Messages.Dialog_tab_history);
        history = table(historyPage, "history", Messages.Column_state, Messages.Column_time, Messages.Column_modules);
        Composite historyButtons = buttons(historyPage);
        button(historyButtons, Messages.Dialog_revert, () -> {
            int index = history.getSelectionIndex();
            if (index >= 0 && !historyRows.get(index).current() && MessageDialog.openConfirm(getShell(), Messages.Dialog_title,
                    NLS.bind(Messages.Dialog_confirmRevert, TIME.format(historyRows.get(index).time())))) {
                long state = historyRows.get(index).timestamp();
                change(m -> manager.revert(state, locale, m));
            }
        });

        status = new Label(area, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setData("name", "status");
        loadInstalled();
        getShell().getDisplay().asyncExec(() -> {
            if (!available.isDisposed()) {
                loadAvailable();
            }
        });
        return area;
    }

    private static Composite page(TabFolder tabs, String title) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        item.setControl(page);
        return page;
    }

    /** the version column of the installed and available tables (name, id, version, vendor, description) */
    private static final int VERSION = 2;

    private static Table table(Composite parent, String name, String... columns) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setData("name", name);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        int[] widths = columns.length == 5 ? new int[] { 170, 170, 150, 110, 330 } : new int[] { 130, 160, 560 };
        for (int i = 0; i < columns.length; i++) {
            TableColumn column = new TableColumn(table, SWT.LEFT);
            column.setText(columns[i]);
            column.setWidth(widths[i]);
        }
        return table;
    }

    private static Composite buttons(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        row.setLayout(new GridLayout(4, false));
        return row;
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData("name", text.replace("&", ""));
        button.addListener(SWT.Selection, e -> action.run());
    }

    private static List<String> selectedIds(Table table, List<ModuleFeature> rows) {
        return java.util.Arrays.stream(table.getSelectionIndices()).mapToObj(i -> rows.get(i).id()).toList();
    }

    private void loadInstalled() {
        installed.removeAll();
        history.removeAll();
        if (!manager.isManaged()) {
            status.setText(Messages.Dialog_notManaged);
            installedRows = List.of();
            historyRows = List.of();
            return;
        }
        try {
            installedRows = manager.installed(locale);
            fill(installed, installedRows);
            historyRows = manager.history();
            for (ProfileState state : historyRows) {
                TableItem item = new TableItem(history, SWT.NONE);
                item.setText(new String[] { (state.current() ? "● " : "") + state.timestamp(), TIME.format(state.time()),
                        String.join(", ", state.modules()) });
            }
        } catch (ModuleException e) {
            status.setText(e.getMessage());
        }
    }

    private void loadAvailable() {
        List<URI> uris = manager.repositories();
        repositories.setText(uris.isEmpty() ? Messages.Dialog_noRepositories
                : NLS.bind(Messages.Dialog_repositories, String.join("  ", uris.stream().map(URI::toString).toList())));
        repositories.getParent().layout();
        available.removeAll();
        availableRows = List.of();
        if (uris.isEmpty()) {
            return;
        }
        run(monitor -> {
            List<ModuleFeature> rows = manager.available(List.of(), locale, monitor);
            getShell().getDisplay().asyncExec(() -> {
                if (!available.isDisposed()) {
                    availableRows = rows;
                    fill(available, rows);
                    markInstalled(available, rows, installedRows);
                }
            });
            return null;
        });
    }

    private static void fill(Table table, List<ModuleFeature> rows) {
        table.removeAll();
        for (ModuleFeature feature : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            // the module id in a column of its own: what jiedao-cli modules takes and prints, whole
            item.setText(new String[] { feature.name(), feature.id(), feature.version(), feature.vendor(),
                    feature.description().replaceAll("\\s+", " ") });
        }
    }

    /** Shows in the version column which offered modules are installed already, and at which version. */
    private static void markInstalled(Table table, List<ModuleFeature> offered, List<ModuleFeature> installed) {
        for (int i = 0; i < offered.size(); i++) {
            ModuleFeature feature = offered.get(i);
            for (ModuleFeature present : installed) {
                if (present.id().equals(feature.id())) {
                    table.getItem(i).setText(VERSION, present.version().equals(feature.version())
                            ? NLS.bind(Messages.Dialog_installedSame, feature.version())
                            : NLS.bind(Messages.Dialog_installedOther, feature.version(), present.version()));
                }
            }
        }
        // wide enough for the longest mark (e.g. 1.0.1.v2026…（已安装 1.0.0.v2026…）), never narrower than at first
        TableColumn version = table.getColumn(VERSION);
        int width = version.getWidth();
        version.pack();
        version.setWidth(Math.max(width, version.getWidth()));
    }

    private void addRepository() {
        InputDialog input = new InputDialog(getShell(), Messages.Dialog_addRepositoryTitle, Messages.Dialog_repositoryPrompt, "",
                text -> text.matches("(?i)(file|https?):.+") ? null : Messages.Dialog_badRepository);
        if (input.open() == Window_OK) {
            try {
                manager.addRepository(URI.create(input.getValue().strip()));
                loadAvailable();
            } catch (ModuleException | AccessDeniedException | IllegalArgumentException e) {
                MessageDialog.openError(getShell(), Messages.Dialog_title, e.getMessage());
            }
        }
    }

    private static final int Window_OK = org.eclipse.jface.window.Window.OK;

    /** Runs a change with progress and cancel, then reports it and offers the restart. */
    private void change(Function<IProgressMonitor, ChangeResult> work) {
        ChangeResult result = run(work::apply);
        if (result == null) {
            return;
        }
        loadInstalled();
        if (result.nothingChanged()) {
            status.setText(Messages.Dialog_nothingChanged);
            return;
        }
        status.setText(String.join("   ", result.changes()));
        if (result.restartRequired() && restart != null && MessageDialog.openQuestion(getShell(), Messages.Dialog_title,
                NLS.bind(Messages.Dialog_restart, String.join("\n", result.changes())))) {
            close();
            restart.run();
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(IProgressMonitor monitor);
    }

    private <T> T run(Work<T> work) {
        Object[] result = new Object[1];
        try {
            new ProgressMonitorDialog(getShell()).run(true, true, monitor -> {
                try {
                    result[0] = work.run(monitor);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException();
                } catch (RuntimeException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InterruptedException e) {
            status.setText(Messages.Dialog_cancelled);
            return null;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            String message = cause instanceof ModuleException || cause instanceof AccessDeniedException ? cause.getMessage()
                    : NLS.bind(Messages.Dialog_internal, cause);
            status.setText(message);
            MessageDialog.openError(getShell(), Messages.Dialog_title, message);
            return null;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
