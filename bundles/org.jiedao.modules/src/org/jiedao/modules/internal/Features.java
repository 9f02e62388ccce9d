package org.jiedao.modules.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.jiedao.modules.ModuleFeature;

/** Module features as p2 metadata describes them: ids, translated names, what a repository offers. */
final class Features {

    static final String PLATFORM = "org.jiedao.platform";

    private Features() {
    }

    /** @return the feature id without {@code .feature.group} */
    static String id(IInstallableUnit iu) {
        return strip(iu.getId());
    }

    static String strip(String id) {
        String trimmed = id.trim();
        return trimmed.endsWith(P2ModuleManager.GROUP) ? trimmed.substring(0, trimmed.length() - P2ModuleManager.GROUP.length()) : trimmed;
    }

    /**
     * @return the feature ids {@code given} may mean, most literal first: {@code x.feature.group} is the
     *         IU of feature {@code x}, but a feature may itself be called {@code x.feature.group}-less
     *         {@code ….feature}, so the id as given is tried first
     */
    static List<String> candidates(String given) {
        String trimmed = given.trim();
        String stripped = strip(trimmed);
        return stripped.equals(trimmed) ? List.of(trimmed) : List.of(trimmed, stripped);
    }

    static ModuleFeature describe(IInstallableUnit iu, Locale locale) {
        String name = property(iu, IInstallableUnit.PROP_NAME, locale);
        return new ModuleFeature(id(iu), iu.getVersion().toString(), name == null ? id(iu) : name,
                orEmpty(property(iu, IInstallableUnit.PROP_PROVIDER, locale)),
                orEmpty(property(iu, IInstallableUnit.PROP_DESCRIPTION, locale)).strip());
    }

    /** @return the name of the feature in the user's language, e.g. for messages */
    static String name(IInstallableUnit iu, Locale locale) {
        String name = property(iu, IInstallableUnit.PROP_NAME, locale);
        return name == null ? id(iu) : name;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * A feature's {@code %key} properties are translated in the IU itself: {@code zh.key}, then the
     * default {@code df_LT.key} (the publisher copies feature.properties and its translations there).
     */
    static String property(IInstallableUnit iu, String key, Locale locale) {
        String value = iu.getProperty(key, locale.toString());
        if (value != null && !value.startsWith("%")) {
            return value;
        }
        String raw = iu.getProperty(key);
        if (raw == null || !raw.startsWith("%")) {
            return raw;
        }
        String translationKey = raw.substring(1);
        for (String prefix : new String[] { locale.toString(), locale.getLanguage(), "df_LT" }) {
            String translated = iu.getProperty(prefix + "." + translationKey);
            if (translated != null) {
                return translated;
            }
        }
        return raw;
    }

    /**
     * @return the newest version of every feature the repositories put into a category (what the
     *         repository's owner offers for installation), or of every feature when none is categorised
     */
    static List<IInstallableUnit> offered(IQueryable<IInstallableUnit> source, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, 2);
        List<IInstallableUnit> candidates = new ArrayList<>();
        for (IInstallableUnit category : source.query(QueryUtil.createIUCategoryQuery(), sub.split(1))) {
            for (IInstallableUnit member : source.query(QueryUtil.createIUCategoryMemberQuery(category), null)) {
                if (QueryUtil.isGroup(member)) {
                    candidates.add(member);
                }
            }
        }
        if (candidates.isEmpty()) {
            source.query(QueryUtil.createIUGroupQuery(), sub.split(1)).forEach(candidates::add);
        }
        Map<String, IInstallableUnit> newest = new TreeMap<>();
        for (IInstallableUnit iu : candidates) {
            newest.merge(iu.getId(), iu, (a, b) -> a.getVersion().compareTo(b.getVersion()) >= 0 ? a : b);
        }
        List<IInstallableUnit> result = new ArrayList<>(newest.values());
        result.sort(Comparator.comparing(IInstallableUnit::getId));
        return result;
    }
}
