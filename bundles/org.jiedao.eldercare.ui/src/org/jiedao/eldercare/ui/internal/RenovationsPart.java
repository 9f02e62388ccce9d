package org.jiedao.eldercare.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

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
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiedao.eldercare.EldercareException;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.eldercare.Renovation;
import org.jiedao.eldercare.RenovationStatus;
import org.jiedao.eldercare.Renovations;
import org.jiedao.ui.api.RecordsRefresh;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.Filter;
import org.jiedao.ui.widgets.FilterBar;
import org.jiedao.ui.widgets.RecordSource;
import org.jiedao.ui.widgets.RecordTable;
import org.jiedao.ui.widgets.Sort;

/**
 * 适老化改造: the renovation applications of the user's communities with the workflow's actions (apply,
 * assess with catalogue items, approve with the subsidy, install, accept, reject with a reason);
 * applications past a step's deadline stand out in red.
 */
public final class RenovationsPart {

    static final String STATUS = "status";
    static final String OVERDUE = "overdue";
    public static final String APPLY = "apply";
    public static final String ASSESS = "assess";
    public static final String APPROVE = "approve";
    public static final String INSTALL = "install";
    public static final String ACCEPT = "accept";
    public static final String REJECT = "reject";
    /** Key of the table control's data: the {@link RecordTable}, for tests. */
    public static final String TABLE = "org.jiedao.eldercare.ui.renovations";
    public static final RGB OVERDUE_BACKGROUND = new RGB(255, 228, 225);

    private final Renovations renovations;
    private final ElderRegistry registry;
    private final Locale locale = Locale.getDefault();
    private FilterBar filters;
    private RecordTable<Renovation> table;
    private Label count;
    private final Source source = new Source();
    private boolean inputSet;

    @Inject
    public RenovationsPart(Renovations renovations, ElderRegistry registry) {
        this.renovations = renovations;
        this.registry = registry;
    }

    /** The service's applications for the filter bar's choice: one query per refresh, pages cut from it. */
    static final class Source implements RecordSource<Renovation> {
        volatile Renovations renovations;
        volatile RenovationStatus status;
        volatile boolean overdue;
        volatile int generation;
        private int loaded = -1;
        private List<Renovation> rows = List.of();

        private synchronized List<Renovation> rows() {
            if (loaded != generation) {
                int g = generation;
                rows = renovations.list(status, overdue, LocalDate.now());
                loaded = g;
            }
            return rows;
        }

        @Override
        public int count(Filter filter) {
            return rows().size();
        }

        @Override
        public List<Renovation> page(Filter filter, Sort sort, int offset, int limit) {
            List<Renovation> all = rows();
            return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        }
    }

    @PostConstruct
    public void create(Composite parent) {
        source.renovations = renovations;
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        filters = new FilterBar(parent)
                .choice(STATUS, Messages.Renovations_status, List.of(RenovationStatus.values()), s -> s.displayName(locale))
                .check(OVERDUE, Messages.Renovations_overdue);
        filters.addChangeListener(this::refresh);
        filters.button(APPLY, Messages.Renovations_apply, this::apply);
        filters.button(ASSESS, Messages.Renovations_assess, () -> step(this::assess));
        filters.button(APPROVE, Messages.Renovations_approve, () -> step(this::approve));
        filters.button(INSTALL, Messages.Renovations_install, () -> step(r -> renovations.install(r.id(), LocalDate.now())));
        filters.button(ACCEPT, Messages.Renovations_accept, () -> step(r -> renovations.accept(r.id(), LocalDate.now())));
        filters.button(REJECT, Messages.Renovations_reject, () -> step(this::reject));
        count = new Label(parent, SWT.NONE);
        count.setText(" ");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
        table = new RecordTable<>(parent, List.of(
                Column.<Renovation>of("id", Messages.Renovations_id, Renovation::id).width(60).align(SWT.RIGHT),
                Column.<Renovation>of("elder", Messages.Elders_name, Renovation::elderName).width(80),
                Column.<Renovation>of("community", Messages.Elders_community, Renovation::communityName).width(120),
                Column.<Renovation>of("applied_on", Messages.Renovations_appliedOn, Renovation::appliedOn).width(95),
                Column.<Renovation>of("status", Messages.Renovations_status, r -> r.status().displayName(locale)).width(70),
                Column.<Renovation>of("due_on", Messages.Renovations_dueOn,
                        r -> r.dueOn() == null ? "" : r.dueOn() + (r.overdue() ? " " + Messages.Renovations_overdueMark : "")).width(130),
                Column.<Renovation>of("total", Messages.Renovations_total, r -> r.total().toPlainString()).width(90).align(SWT.RIGHT),
                Column.<Renovation>of("subsidy", Messages.Renovations_subsidy, r -> r.subsidy() == null ? "" : r.subsidy().toPlainString()).width(90)
                        .align(SWT.RIGHT),
                Column.<Renovation>of("reason", Messages.Renovations_reason, Renovation::reason).width(200))
                .stream().map(c -> c.unsortable().unfilterable()).toList());
        table.getControl().setData(TABLE, table);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.setRowBackground(r -> r.overdue() ? OVERDUE_BACKGROUND : null);
        table.addCountListener(n -> {
            if (!count.isDisposed()) {
                count.setText(NLS.bind(Messages.Renovations_count, n));
            }
        });
        refresh();
        RecordsRefresh.whenChanged(table.getControl(), this::refresh, "org.jiedao.eldercare");
    }

    /** Asks again with the filters. */
    public void refresh() {
        source.status = filters.choice(STATUS);
        source.overdue = filters.checked(OVERDUE);
        source.generation++;
        if (inputSet) {
            table.refresh();
        } else {
            inputSet = true;
            table.setInput(source);
        }
    }

    private interface Step {
        void run(Renovation r);
    }

    private void step(Step step) {
        List<Renovation> selected = table.getSelection();
        if (selected.isEmpty()) {
            MessageDialog.openInformation(table.getControl().getShell(), Messages.Renovations_title, Messages.Renovations_select);
            return;
        }
        guarded(() -> step.run(selected.get(0)));
    }

    /** Runs a step; a refusal is shown with its reason and changes nothing. Commits refresh the table (RecordsRefresh). */
    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (EldercareException e) {
            MessageDialog.openError(table.getControl().getShell(), Messages.Renovations_title, e.getMessage());
        }
    }

    private String ask(String title, String prompt, String initial, Consumer<String> then) {
        InputDialog dialog = new InputDialog(table.getControl().getShell(), title, prompt, initial, null);
        if (dialog.open() == Window.OK) {
            then.accept(dialog.getValue());
            return dialog.getValue();
        }
        return null;
    }

    private void apply() {
        ask(Messages.Renovations_apply, Messages.Renovations_applyPrompt, "", text -> guarded(() -> {
            long elder = registry.findByIdNumber(text).orElseThrow(() -> new EldercareException(NLS.bind(Messages.Renovations_noElder, text))).id();
            renovations.apply(elder, LocalDate.now(), null);
        }));
    }

    private void assess(Renovation r) {
        String codes = String.join(", ", renovations.catalogue().stream().map(c -> c.code() + " " + c.name() + " " + c.unitPrice()).toList());
        ask(Messages.Renovations_assess, NLS.bind(Messages.Renovations_assessPrompt, codes), "", text -> guarded(() -> {
            Map<String, Integer> items = new LinkedHashMap<>();
            for (String part : text.split("[;；,，、]")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] p = part.strip().split("\\s*[*×xX]\\s*(?=\\d+$)");
                try {
                    items.merge(p[0].strip(), p.length > 1 ? Integer.parseInt(p[1].strip()) : 1, Integer::sum);
                } catch (NumberFormatException e) {
                    throw new EldercareException(NLS.bind(Messages.Renovations_badItems, part.strip()));
                }
            }
            renovations.assess(r.id(), LocalDate.now(), items);
        }));
    }

    private void approve(Renovation r) {
        ask(Messages.Renovations_approve, Messages.Renovations_approvePrompt, "", text -> guarded(() -> {
            BigDecimal subsidy = null;
            if (!text.isBlank()) {
                try {
                    subsidy = new BigDecimal(text.strip());
                } catch (NumberFormatException e) {
                    throw new EldercareException(NLS.bind(Messages.Renovations_badAmount, text.strip()));
                }
            }
            renovations.approve(r.id(), LocalDate.now(), null, subsidy);
        }));
    }

    private void reject(Renovation r) {
        ask(Messages.Renovations_reject, Messages.Renovations_rejectPrompt, "", text -> guarded(() -> renovations.reject(r.id(), LocalDate.now(), text)));
    }

    /** @return the table (for tests) */
    public RecordTable<Renovation> table() {
        return table;
    }

    @Focus
    public void focus() {
        table.getControl().setFocus();
    }
}
