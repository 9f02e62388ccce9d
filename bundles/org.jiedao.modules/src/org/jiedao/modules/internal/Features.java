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

    /** @return the module id of a feature group IU (see {@link ModuleIds}) */
    static String id(IInstallableUnit iu) {
        return ModuleIds.of(iu);
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
     *         repository's owner offers for installation), or of every feature when none is categorised;
     *         one per module id (were a module offered as feature {@code x} and as {@code x.feature}, the
     *         newer one, and at the same version feature {@code x})
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
            newest.merge(id(iu), iu, Features::preferred);
        }
        List<IInstallableUnit> result = new ArrayList<>(newest.values());
        result.sort(Comparator.comparing(Features::id));
        return result;
    }

    private static IInstallableUnit preferred(IInstallableUnit a, IInstallableUnit b) {
        int byVersion = a.getVersion().compareTo(b.getVersion());
        if (byVersion != 0) {
            return byVersion > 0 ? a : b;
        }
        return a.getId().length() <= b.getId().length() ? a : b;
    }
}
