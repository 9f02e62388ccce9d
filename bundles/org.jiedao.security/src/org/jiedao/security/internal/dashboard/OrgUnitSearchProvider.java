package org.jiedao.security.internal.dashboard;

import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.search.SearchHit;
import org.jiedao.core.search.SearchProvider;
import org.jiedao.core.security.SecurityService;

/** Finds organisation units whose code or name contains the query, within the user's scope. */
public final class OrgUnitSearchProvider implements SearchProvider {

    /** The provider id declared in plugin.xml. */
    public static final String ID = "org.jiedao.platform.orgunits";
    /** Record type of the hits; the workbench registers an opener for it. */
    public static final String RECORD_TYPE = "org.jiedao.orgunit";

    private final OrgUnitService units;
    private final SecurityService security;

    @Inject
    public OrgUnitSearchProvider(OrgUnitService units, SecurityService security) {
        this.units = units;
        this.security = security;
    }

    @Override
    public List<SearchHit> search(String query, int limit, Locale locale) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        List<OrgUnit> scoped = ScopedUnits.of(units, security.currentScope());
        return scoped.stream()
                .filter(u -> u.code().toLowerCase(Locale.ROOT).contains(q) || u.name().toLowerCase(Locale.ROOT).contains(q))
                .limit(limit)
                .map(u -> new SearchHit(ID, RECORD_TYPE, u.code(), u.name(), subtitle(u, locale)))
                .toList();
    }

    private String subtitle(OrgUnit unit, Locale locale) {
        String level = unit.level().displayName(locale);
        return unit.parentCode().flatMap(units::find)
                .map(parent -> NLS.bind(Messages.Search_subtitle, new Object[] { level, unit.code(), parent.name() }))
                .orElseGet(() -> NLS.bind(Messages.Search_subtitleRoot, level, unit.code()));
    }
}
