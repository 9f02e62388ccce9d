package org.jiedao.ui.internal.dashboard;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.dashboard.DashboardWidget;
import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.DashboardWidgetRegistry;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.jiedao.ui.internal.Messages;

/**
 * The dashboard: every widget the installed modules contribute (and the user may see) as a card in
 * a two-column grid. The providers run in a background job; each card fills in as its data
 * arrives, and a failing provider leaves an error in its own card only.
 */
public final class DashboardPart {

    /** Part id in the application model. */
    public static final String ID = "org.jiedao.ui.part.dashboard";
    /** Widget data keys (value: the widget id) for tests and tools. */
    public static final String CARD_ID = "org.jiedao.ui.dashboard.card";
    public static final String FIGURE_ID = "org.jiedao.ui.dashboard.figure";
    public static final String TABLE_ID = "org.jiedao.ui.dashboard.table";
    public static final String CHART_ID = "org.jiedao.ui.dashboard.chart";
    public static final String ERROR_ID = "org.jiedao.ui.dashboard.error";
    public static final String REFRESH_ID = "org.jiedao.ui.dashboard.refresh";
    public static final String STATUS_ID = "org.jiedao.ui.dashboard.status";
    public static final String EMPTY_ID = "org.jiedao.ui.dashboard.empty";

    private final DashboardWidgetRegistry registry;
    private final SecurityService security;
    private final IEclipseContext context;
    private final UISynchronize sync;
    private final UserAccount user;
    private final AtomicInteger generation = new AtomicInteger();

    private LocalResourceManager resources;
    private ScrolledComposite scroller;
    private Composite grid;
    private Label status;
    private ProgressBar progress;
    private Button refresh;
    private Job job;

    @Inject
    public DashboardPart(DashboardWidgetRegistry registry, SecurityService security, IEclipseContext context,
            UISynchronize sync, @Optional UserAccount user) {
        this.registry = registry;
        this.security = security;
        this.context = context;
        this.sync = sync;
        this.user = user;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        GridLayoutFactory.fillDefaults().margins(12, 10).spacing(8, 8).applyTo(parent);

        Composite header = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(12, 2).applyTo(header);
        Label title = new Label(header, SWT.NONE);
        title.setText(Messages.Dashboard_title);
        title.setFont(JFaceResources.getHeaderFont());
        status = new Label(header, SWT.NONE);
        status.setData(STATUS_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(status);
        progress = new ProgressBar(header, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.swtDefaults().hint(100, SWT.DEFAULT).align(SWT.END, SWT.CENTER).applyTo(progress);
        refresh = new Button(header, SWT.PUSH);
        refresh.setText(Messages.Dashboard_refresh);
        refresh.setData(REFRESH_ID, Boolean.TRUE);
        refresh.addListener(SWT.Selection, e -> refresh());
        if (user != null) {
            Label greeting = new Label(header, SWT.NONE);
            greeting.setText(NLS.bind(Messages.Overview_signedInAs, user.displayName(),
                    user.role().displayName(Locale.getDefault()) + user.unitCode().map(code -> " " + code).orElse("")));
            GridDataFactory.fillDefaults().span(4, 1).applyTo(greeting);
        }

        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
        grid = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(12, 12).applyTo(grid);
        scroller.setContent(grid);
        scroller.addListener(SWT.Resize, e -> updateScrolling());
        refresh();
    }

    private void updateScrolling() {
        int width = scroller.getClientArea().width;
        Point size = grid.computeSize(width, SWT.DEFAULT);
        scroller.setMinSize(new Point(0, size.y));
    }

    /** Reloads every widget: new cards at once, their data from a background job. */
    public void refresh() {
        if (grid == null || grid.isDisposed()) {
            return;
        }
        if (job != null) {
            job.cancel();
        }
        int current = generation.incrementAndGet();
        for (Control child : grid.getChildren()) {
            child.dispose();
        }
        List<WidgetCard> cards = new ArrayList<>();
        List<DashboardWidgetProvider> providers = new ArrayList<>();
        List<DashboardWidget> widgets;
        try {
            widgets = registry.visibleWidgets();
        } catch (RuntimeException e) {
            ILog.of(DashboardPart.class).error("Reading the dashboard widgets failed", e);
            widgets = List.of();
        }
        for (DashboardWidget widget : widgets) {
            WidgetCard card = new WidgetCard(grid, widget, resources);
            try {
                providers.add(Contributions.create(widget.providerClass(), context));
                cards.add(card);
            } catch (Exception | LinkageError e) {
                ILog.of(DashboardPart.class).error("Dashboard widget '" + widget.id() + "' from bundle '"
                        + widget.contributor() + "' could not be created", e);
                card.showError(e);
            }
        }
        if (widgets.isEmpty()) {
            Label empty = new Label(grid, SWT.WRAP);
            empty.setText(Messages.Dashboard_empty);
            empty.setData(EMPTY_ID, Boolean.TRUE);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(empty);
        }
        grid.layout(true, true);
        updateScrolling();
        if (cards.isEmpty()) {
            loaded(current);
            return;
        }
        WidgetContext widgetContext = new WidgetContext(Locale.getDefault(), security.currentScope(), security.currentUser());
        int total = cards.size();
        progress.setMaximum(total);
        progress.setSelection(0);
        progress.setVisible(true);
        status.setText(NLS.bind(Messages.Dashboard_loading, 0, total));
        refresh.setEnabled(false);
        job = Job.create(Messages.Dashboard_jobName, monitor -> {
            SubMonitor sub = SubMonitor.convert(monitor, Messages.Dashboard_jobName, total);
            for (int i = 0; i < total; i++) {
                if (sub.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                WidgetCard card = cards.get(i);
                sub.subTask(card.widget().name());
                Object result;
                try {
                    result = providers.get(i).load(widgetContext);
                } catch (Exception | LinkageError e) {
                    ILog.of(DashboardPart.class).error("Dashboard widget '" + card.widget().id() + "' from bundle '"
                            + card.widget().contributor() + "' failed", e);
                    result = e;
                }
                Object shown = result;
                int done = i + 1;
                sync.asyncExec(() -> {
                    if (generation.get() == current && !card.isDisposed()) {
                        card.show(shown);
                        progress.setSelection(done);
                        status.setText(NLS.bind(Messages.Dashboard_loading, done, total));
                        updateScrolling();
                    }
                });
                sub.worked(1);
            }
            sync.asyncExec(() -> loaded(current));
            return Status.OK_STATUS;
        });
        job.setSystem(false);
        job.schedule();
    }

    private void loaded(int loadedGeneration) {
        if (generation.get() != loadedGeneration || status.isDisposed()) {
            return;
        }
        progress.setVisible(false);
        refresh.setEnabled(true);
        status.setText(NLS.bind(Messages.Dashboard_updated, LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
        status.getParent().layout(true);
    }

    @Focus
    public void setFocus() {
        refresh.setFocus();
    }

    @PreDestroy
    void dispose() {
        generation.incrementAndGet();
        if (job != null) {
            job.cancel();
        }
    }

    /** For the refresh command: whether a load is running. */
    public boolean isLoading() {
        return refresh != null && !refresh.isDisposed() && !refresh.getEnabled();
    }
}
