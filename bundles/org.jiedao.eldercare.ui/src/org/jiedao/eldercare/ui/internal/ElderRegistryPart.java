package org.jiedao.eldercare.ui.internal;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.Elder;
import org.jiedao.eldercare.ElderQuery;
import org.jiedao.eldercare.ElderRegistry;
import org.jiedao.ui.api.RecordsRefresh;
import org.jiedao.ui.widgets.Column;
import org.jiedao.ui.widgets.Filter;
import org.jiedao.ui.widgets.FilterBar;
import org.jiedao.ui.widgets.RecordSource;
import org.jiedao.ui.widgets.RecordTable;
import org.jiedao.ui.widgets.Sort;

/**
 * 老年人档案: the elders of the signed-in user's communities, filtered by community, age band, category
 * and living alone (ID numbers, names, phones and addresses masked without the personal-data permission).
 */
public final class ElderRegistryPart {

    static final String ID = "org.jiedao.eldercare.ui.part.elders";
    static final String COMMUNITY = "community";
    static final String AGE = "age";
    static final String CATEGORY = "category";
    static final String ALONE = "alone";
    static final String REFRESH = "refresh";
    public static final String NEW = "new";
    public static final String EDIT = "edit";
    /** Key of the count label's data, for tests. */
    public static final String COUNT = "org.jiedao.eldercare.ui.count";
    /** Key of the table control's data: the {@link RecordTable}, for tests. */
    public static final String TABLE = "org.jiedao.eldercare.ui.elders";

    /** An age band of the filter. */
    public record AgeBand(String label, int from, int to) {
    }

    public static final List<AgeBand> BANDS = List.of(new AgeBand("60–69", 60, 69), new AgeBand("70–79", 70, 79), new AgeBand("80+", 80, 0),
            new AgeBand("90+", 90, 0));

    private final ElderRegistry registry;
    private final OrgUnitService units;
    private final SecurityService security;
    private final Locale locale = Locale.getDefault();
    private FilterBar filters;
    private RecordTable<Elder> table;
    private Label count;
    private final Source source = new Source();
    private boolean inputSet;
    private List<OrgUnit> communities = List.of();

    @Inject
    public ElderRegistryPart(ElderRegistry registry, OrgUnitService units, SecurityService security) {
        this.registry = registry;
        this.units = units;
        this.security = security;
    }

    /** The registry's elders for the filter bar's query, counted and paged in the database (scoped and masked by the registry). */
    static final class Source implements RecordSource<Elder> {
        volatile ElderRegistry registry;
        volatile ElderQuery query = ElderQuery.all();

        @Override
        public int count(Filter filter) {
            return Math.toIntExact(registry.count(query));
        }

        @Override
        public List<Elder> page(Filter filter, Sort sort, int offset, int limit) {
            return registry.list(query, offset, limit);
        }
    }

    @PostConstruct
    public void create(Composite parent) {
        source.registry = registry;
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        communities = units.listInScope(OrgLevel.COMMUNITY);
        filters = new FilterBar(parent);
        Ui.communityFilter(filters, COMMUNITY, communities);
        filters.choice(AGE, Messages.Elders_ageBand, BANDS, AgeBand::label)
                .choice(CATEGORY, Messages.Elders_category, registry.categories(), c -> c)
                .check(ALONE, Messages.Elders_livingAlone);
        filters.addChangeListener(this::refresh);
        filters.button(REFRESH, Messages.Elders_refresh, this::refresh);
        filters.button(NEW, Messages.Elders_new, () -> edit(null));
        filters.button(EDIT, Messages.Elders_edit, () -> {
            List<Elder> selected = table.getSelection();
            if (selected.isEmpty()) {
                MessageDialog.openInformation(table.getControl().getShell(), Messages.Elders_title, Messages.Elders_select);
            } else {
                edit(selected.get(0));
            }
        });
        count = new Label(parent, SWT.NONE);
        count.setData(COUNT, Boolean.TRUE);
        count.setText(" ");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(count);
        table = new RecordTable<>(parent, List.of(
                Column.<Elder>of("id_number", Messages.Elders_idNumber, Elder::idNumber).width(170),
                Column.<Elder>of("name", Messages.Elders_name, Elder::name).width(80),
                Column.<Elder>of("sex", Messages.Elders_sex, e -> e.sex().displayName(locale)).width(50),
                Column.<Elder>of("age", Messages.Elders_age, Elder::age).width(50).align(SWT.RIGHT),
                Column.<Elder>of("community", Messages.Elders_community, Elder::communityName).width(130),
                Column.<Elder>of("address", Messages.Elders_address, Elder::address).width(120),
                Column.<Elder>of("phone", Messages.Elders_phone, Elder::phone).width(110),
                Column.<Elder>of("living_alone", Messages.Elders_livingAlone, e -> e.livingAlone() ? Messages.Elders_yes : "").width(60),
                Column.<Elder>of("category", Messages.Elders_category, Elder::category).width(70),
                Column.<Elder>of("needs", Messages.Elders_needs, Elder::needs).width(200))
                .stream().map(c -> c.unsortable().unfilterable()).toList());
        table.getControl().setData(TABLE, table);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        table.addCountListener(n -> {
            if (!count.isDisposed()) {
                count.setText(NLS.bind(Messages.Elders_count, n));
            }
        });
        table.setOpenListener(this::edit);
        table.setRowIdentity(Elder::id);
        refresh();
        RecordsRefresh.whenChanged(table.getControl(), this::refresh, "org.jiedao.eldercare");
    }

    /**
     * Opens the editor: a new elder (null), or the elder's record read again unmasked, which only users with the
     * personal-data permission of the community may (a masked form would overwrite the data with stars).
     */
    void edit(Elder shown) {
        Elder elder = null;
        if (shown != null) {
            if (!shown.personalVisible()) {
                MessageDialog.openInformation(table.getControl().getShell(), Messages.Elders_title, Messages.Elders_maskedEdit);
                return;
            }
            elder = registry.find(shown.id()).orElse(null);
            if (elder == null) {
                refresh();
                return;
            }
        }
        new ElderDialog(table.getControl().getShell(), registry, communities, elder).open();
    }

    /** Asks again with the filters. */
    public void refresh() {
        OrgUnit community;
        try {
            community = Ui.community(filters, COMMUNITY, communities);
        } catch (org.jiedao.eldercare.EldercareException e) {
            count.setText(e.getMessage());
            return;
        }
        AgeBand band = filters.choice(AGE);
        source.query = new ElderQuery(community == null ? null : community.code(), band == null ? 0 : band.from(), band == null ? 0 : band.to(),
                filters.choice(CATEGORY), filters.checked(ALONE), null);
        if (inputSet) {
            table.refresh();
        } else {
            inputSet = true;
            table.setInput(source);
        }
    }

    /** @return the table (for tests) */
    public RecordTable<Elder> table() {
        return table;
    }

    /** @return the filter bar (for tests) */
    public FilterBar filters() {
        return filters;
    }

    @Focus
    public void focus() {
        table.getControl().setFocus();
    }
}
