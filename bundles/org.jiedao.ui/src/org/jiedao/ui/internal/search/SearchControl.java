package org.jiedao.ui.internal.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.modules.ModuleDescriptor;
import org.jiedao.core.modules.ModuleRegistry;
import org.jiedao.core.search.SearchHit;
import org.jiedao.core.search.SearchProvider;
import org.jiedao.core.search.SearchProviderDescriptor;
import org.jiedao.core.search.SearchProviderRegistry;
import org.jiedao.ui.internal.Messages;

/**
 * The search field in the window's top trim (Ctrl+K, Ctrl+F). A moment after the user stops
 * typing, a background job asks every search provider, each on its own; the hits appear in a
 * popup list below the field, grouped by module, as each provider answers. Arrow keys choose a
 * hit, Enter (or a double click) opens it.
 */
public final class SearchControl {

    /** Element id of the tool control in the application model. */
    public static final String ELEMENT_ID = "org.jiedao.ui.toolcontrol.search";
    /** Widget data key of the search field. */
    public static final String FIELD_ID = "org.jiedao.ui.search.field";
    /** Widget data key of the results table (in its popup shell). */
    public static final String RESULTS_ID = "org.jiedao.ui.search.results";
    static final int DEBOUNCE_MS = 250;
    static final int LIMIT = 20;

    private final SearchProviderRegistry registry;
    private final ModuleRegistry modules;
    private final IEclipseContext context;
    private final UISynchronize sync;
    private final Map<String, SearchProvider> instances = new ConcurrentHashMap<>();
    private final AtomicInteger generation = new AtomicInteger();

    private Text field;
    private ResultsPopup popup;
    private Job job;

    @Inject
    public SearchControl(SearchProviderRegistry registry, ModuleRegistry modules, IEclipseContext context, UISynchronize sync) {
        this.registry = registry;
        this.modules = modules;
        this.context = context;
        this.sync = sync;
    }

    @PostConstruct
    public void createControls(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 2).applyTo(holder);
        field = new Text(holder, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        field.setMessage(Messages.Search_message);
        field.setData(FIELD_ID, Boolean.TRUE);
        GridDataFactory.fillDefaults().hint(300, SWT.DEFAULT).applyTo(field);
        popup = new ResultsPopup(field, this::open);
        field.addModifyListener(e -> queryChanged());
        field.addListener(SWT.DefaultSelection, e -> {
            if (e.detail == SWT.ICON_CANCEL) {
                field.setText("");
            } else {
                popup.openSelection();
            }
        });
        field.addListener(SWT.KeyDown, e -> {
            switch (e.keyCode) {
            case SWT.ARROW_DOWN -> {
                popup.move(1);
                e.doit = false;
            }
            case SWT.ARROW_UP -> {
                popup.move(-1);
                e.doit = false;
            }
            case SWT.ESC -> popup.hide();
            default -> {
            }
            }
        });
        field.addListener(SWT.FocusOut, e -> field.getDisplay().timerExec(200, () -> {
            if (!field.isDisposed() && !field.isFocusControl() && !popup.hasFocus()) {
                popup.hide();
            }
        }));
        field.addListener(SWT.FocusIn, e -> {
            if (!field.getText().isBlank()) {
                popup.show();
            }
        });
    }

    /** Puts the keyboard focus into the field, its text selected (Ctrl+K). */
    public void focus() {
        if (field != null && !field.isDisposed()) {
            field.setFocus();
            field.selectAll();
        }
    }

    private void queryChanged() {
        if (job != null) {
            job.cancel();
        }
        int current = generation.incrementAndGet();
        String query = field.getText().strip();
        if (query.isEmpty()) {
            popup.hide();
            return;
        }
        List<SearchProviderDescriptor> descriptors = registry.providers();
        Map<SearchProviderDescriptor, SearchProvider> providers = new LinkedHashMap<>();
        Results results = new Results(query, descriptors.size());
        for (SearchProviderDescriptor descriptor : descriptors) {
            try {
                providers.put(descriptor, instances.computeIfAbsent(descriptor.id(), id -> create(descriptor)));
            } catch (RuntimeException | LinkageError e) {
                ILog.of(SearchControl.class).error("Search provider '" + descriptor.id() + "' from bundle '"
                        + descriptor.contributor() + "' could not be created", e);
                results.failed(group(descriptor), descriptor.name());
            }
        }
        popup.showSearching(results);
        Locale locale = Locale.getDefault();
        job = Job.create(Messages.Search_jobName, monitor -> {
            for (Map.Entry<SearchProviderDescriptor, SearchProvider> entry : providers.entrySet()) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                SearchProviderDescriptor descriptor = entry.getKey();
                List<SearchHit> hits = null;
                try {
                    List<SearchHit> found = entry.getValue().search(query, LIMIT, locale);
                    hits = found == null ? List.of() : List.copyOf(found.subList(0, Math.min(found.size(), LIMIT)));
                } catch (Exception | LinkageError e) {
                    // isolated: this provider's group says it failed, the others still answer
                    ILog.of(SearchControl.class).error("Search provider '" + descriptor.id() + "' failed for '" + query + "'", e);
                }
                List<SearchHit> answer = hits;
                sync.asyncExec(() -> {
                    if (generation.get() == current) {
                        if (answer == null) {
                            results.failed(group(descriptor), descriptor.name());
                        } else {
                            results.add(group(descriptor), descriptor, answer);
                        }
                        popup.update(results);
                    }
                });
            }
            sync.asyncExec(() -> {
                if (generation.get() == current) {
                    results.finish();
                    popup.update(results);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule(DEBOUNCE_MS);
    }

    private SearchProvider create(SearchProviderDescriptor descriptor) {
        try {
            return Contributions.create(descriptor.providerClass(), context);
        } catch (ClassNotFoundException | org.eclipse.core.runtime.CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    private String group(SearchProviderDescriptor descriptor) {
        return modules.getModule(descriptor.moduleId()).map(ModuleDescriptor::name).orElse(descriptor.moduleId());
    }

    private void open(SearchHit hit) {
        popup.hide();
        String providerName = registry.providers().stream().filter(p -> p.id().equals(hit.providerId()))
                .map(SearchProviderDescriptor::name).findFirst().orElse(hit.providerId());
        RecordOpeners.open(hit, providerName, context);
    }

    @PreDestroy
    void dispose() {
        generation.incrementAndGet();
        if (job != null) {
            job.cancel();
        }
        if (popup != null) {
            popup.dispose();
        }
    }

    /** The answers of one query so far, grouped by module in the order they arrive. */
    static final class Results {
        final String query;
        final Map<String, List<Object>> groups = new LinkedHashMap<>();
        private int pending;

        Results(String query, int providers) {
            this.query = query;
            this.pending = providers;
        }

        void add(String group, SearchProviderDescriptor descriptor, List<SearchHit> hits) {
            pending--;
            if (!hits.isEmpty()) {
                groups.computeIfAbsent(group, g -> new ArrayList<>()).addAll(hits);
            }
        }

        void failed(String group, String providerName) {
            pending--;
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(new Failure(providerName));
        }

        void finish() {
            pending = 0;
        }

        boolean done() {
            return pending <= 0;
        }

        boolean isEmpty() {
            return groups.isEmpty();
        }
    }

    /** A provider that failed, listed in its module's group. */
    record Failure(String providerName) {
    }
}
