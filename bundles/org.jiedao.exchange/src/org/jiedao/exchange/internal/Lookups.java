package org.jiedao.exchange.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitException;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.DataScope;
import org.jiedao.core.security.UserAccount;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.InvalidValueException;

/** The context of one import or export: language, user, scope and cached org-unit lookups. */
final class Lookups implements ImportContext, ExportContext {

    private final Locale locale;
    private final Optional<UserAccount> user;
    private final DataScope scope;
    private final OrgUnitService orgUnits;
    private final boolean dryRun;
    private final Map<String, String> filters;
    private final Map<String, Object> cache = new HashMap<>();

    Lookups(Locale locale, Optional<UserAccount> user, DataScope scope, OrgUnitService orgUnits, boolean dryRun,
            Map<String, String> filters) {
        this.locale = locale;
        this.user = user;
        this.scope = scope;
        this.orgUnits = orgUnits;
        this.dryRun = dryRun;
        this.filters = filters;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Optional<UserAccount> user() {
        return user;
    }

    @Override
    public boolean dryRun() {
        return dryRun;
    }

    @Override
    public Optional<String> filter(String name) {
        return Optional.ofNullable(filters.get(name));
    }

    @Override
    public Map<String, String> filters() {
        return filters;
    }

    @Override
    public OrgUnit orgUnit(String codeOrName) throws InvalidValueException {
        String key = codeOrName.strip();
        Object cached = cache.get(key);
        if (cached == null) {
            try {
                cached = orgUnits.findByCodeOrName(key).<Object>map(u -> u)
                        .orElse(NLS.bind(Messages.get(locale).Value_noUnit, key));
            } catch (OrgUnitException e) {
                cached = e.getMessage();
            }
            if (cached instanceof OrgUnit unit && scope != null && !scope.covers(unit.path())) {
                cached = NLS.bind(Messages.get(locale).Value_unitOutsideScope, key);
            }
            cache.put(key, cached);
        }
        if (cached instanceof OrgUnit unit) {
            return unit;
        }
        throw new InvalidValueException((String) cached);
    }

    /** The unit of a stored record, by its code, whatever the user's scope (for the import permission's message). */
    Optional<OrgUnit> recordUnit(String code) {
        Object cached = cache.get("record-unit:" + code);
        if (cached == null) {
            cached = orgUnits.find(code).<Object>map(u -> u).orElse(Boolean.FALSE);
            cache.put("record-unit:" + code, cached);
        }
        return cached instanceof OrgUnit unit ? Optional.of(unit) : Optional.empty();
    }

    /** Forgets cached lookups (after writes that add units). */
    void forget() {
        cache.clear();
    }
}
