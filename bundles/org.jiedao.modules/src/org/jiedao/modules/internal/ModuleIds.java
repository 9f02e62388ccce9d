package org.jiedao.modules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.equinox.p2.metadata.IInstallableUnit;

/**
 * One id per module. A module is a p2 feature; its module id is the feature id without a trailing
 * {@code .feature} (feature {@code org.jiedao.petitions.feature}, IU {@code org.jiedao.petitions.feature.feature.group}:
 * module {@code org.jiedao.petitions}; feature {@code org.jiedao.platform}: module {@code org.jiedao.platform}).
 * It is the id the module declares in the extension point {@code org.jiedao.core.modules} and the one every
 * command, the Modules dialog and the audit trail show. The feature ids themselves never change (an installed
 * profile, its earlier states and every published repository keep their p2 identity), so the feature id and
 * the IU id are accepted as aliases of the module id.
 */
final class ModuleIds {

    static final String GROUP = ".feature.group";
    static final String FEATURE = ".feature";
    /** at most this many ids are suggested for one that is not there */
    static final int MAX_SUGGESTIONS = 3;

    private ModuleIds() {
    }

    /** @return the module id of a feature id, a feature group IU id or an id as an administrator typed it */
    static String of(String id) {
        String moduleId = stripGroup(id);
        return moduleId.endsWith(FEATURE) && moduleId.length() > FEATURE.length()
                ? moduleId.substring(0, moduleId.length() - FEATURE.length())
                : moduleId;
    }

    /** @return the module id of a feature group IU */
    static String of(IInstallableUnit iu) {
        return of(iu.getId());
    }

    /** @return the id without {@code .feature.group} and surrounding blanks (a feature id, as p2 sees it) */
    static String stripGroup(String id) {
        String trimmed = id.trim();
        return trimmed.endsWith(GROUP) && trimmed.length() > GROUP.length()
                ? trimmed.substring(0, trimmed.length() - GROUP.length())
                : trimmed;
    }

    /**
     * @return the feature ids an id given on the command line may mean, most literal first: the id as given
     *         (a feature may be called anything), without {@code .feature.group} (an IU id), the module id
     *         (feature {@code org.x}) and the module id with {@code .feature} (feature {@code org.x.feature})
     */
    static List<String> featureIds(String given) {
        Set<String> ids = new LinkedHashSet<>();
        String trimmed = given.trim();
        ids.add(trimmed);
        ids.add(stripGroup(trimmed));
        String module = of(trimmed);
        ids.add(module);
        ids.add(module + FEATURE);
        return List.copyOf(ids);
    }

    /**
     * The ids among {@code known} that an administrator who typed {@code given} most likely meant: the same id
     * in other letter case, the same last segment ({@code petitions} for {@code org.jiedao.petitions}), a prefix
     * of at least four characters ({@code org.jiedao.pet}), or a few typing mistakes (edit distance, a swap of two
     * neighbours counting once: at most a fifth of the id and at least 2, and less than the last segment, so
     * that {@code org.jiedao.pet} is not taken for {@code org.jiedao.sdk}). Closest first, at most
     * {@link #MAX_SUGGESTIONS}.
     *
     * @param known module ids (aliases are reduced to their module id)
     */
    static List<String> suggestions(String given, Collection<String> known) {
        String wanted = of(given).toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        String wantedLast = lastSegment(wanted);
        int allowed = Math.max(2, wanted.length() / 5);
        record Match(String id, int rank, int distance) {
        }
        List<Match> matches = new ArrayList<>();
        for (String id : new TreeSet<>(known.stream().map(ModuleIds::of).toList())) {
            String candidate = id.toLowerCase(Locale.ROOT);
            int distance = distance(wanted, candidate);
            if (candidate.equals(wanted)) {
                matches.add(new Match(id, 0, 0));
            } else if (distance <= allowed && distance < lastSegment(candidate).length()) {
                matches.add(new Match(id, 1, distance));
            } else if (lastSegment(candidate).equals(wantedLast) || wantedLast.length() >= 5
                    && distance(lastSegment(candidate), wantedLast) <= Math.max(2, wantedLast.length() / 4)) {
                matches.add(new Match(id, 2, distance));
            } else if (wanted.length() >= 4 && (candidate.startsWith(wanted) || wanted.startsWith(candidate + "."))) {
                matches.add(new Match(id, 3, distance));
            }
        }
        return matches.stream()
                .sorted(Comparator.comparingInt(Match::rank).thenComparingInt(Match::distance).thenComparing(Match::id))
                .limit(MAX_SUGGESTIONS).map(Match::id).toList();
    }

    private static String lastSegment(String id) {
        return id.substring(id.lastIndexOf('.') + 1);
    }

    /** Damerau-Levenshtein distance (optimal string alignment): insert, delete, replace, swap neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
