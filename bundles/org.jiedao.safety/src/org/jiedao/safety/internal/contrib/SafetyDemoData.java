package org.jiedao.safety.internal.contrib;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import jakarta.inject.Inject;

import org.jiedao.core.modules.DemoDataProvider;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.safety.internal.Messages;
import org.jiedao.safety.internal.SafetyEntries;

/** Demo data ("jiedao-cli init --demo"): a few entries in the demo communities over the last weeks. */
public final class SafetyDemoData implements DemoDataProvider {

    /** title, community code, days before today, note */
    static final Object[][] ENTRIES = {
            { "社区走访", "320507001005", 20, "走访独居老人 6 户" },
            { "楼道清理", "320507001005", 9, "清理楼道杂物" },
            { "政策宣传", "320508001001", 3, null }, };

    // created by the platform's Contributions factory: services come by injection
    @Inject
    private OrgUnitService units;
    @Inject
    private PersistenceService persistence;

    @Override
    public String load(Locale locale) {
        int[] loaded = { 0 };
        persistence.transaction(em -> {
            for (Object[] entry : ENTRIES) {
                Optional<OrgUnit> unit = units.find((String) entry[1]);
                if (unit.isPresent()) { // a data folder seeded without the demo units has none
                    SafetyEntries.create(em, LocalDate.now().minusDays((Integer) entry[2]), (String) entry[0], (String) entry[3], unit.get());
                    loaded[0]++;
                }
            }
            return null;
        });
        return NLS.bind(Messages.Demo_loaded, loaded[0]);
    }
}
