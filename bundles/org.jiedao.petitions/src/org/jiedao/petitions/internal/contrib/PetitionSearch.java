package org.jiedao.petitions.internal.contrib;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.jiedao.core.search.SearchHit;
import org.jiedao.core.search.SearchProvider;
import org.jiedao.petitions.PetitionQuery;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.PetitionSummary;

/** Finds petitions by number, content or category; hits show the petitioner masked. */
public final class PetitionSearch implements SearchProvider {

    public static final String PROVIDER_ID = "org.jiedao.petitions.search";
    public static final String RECORD_TYPE = "org.jiedao.petition";

    private final PetitionService petitions;

    @Inject
    public PetitionSearch(PetitionService petitions) {
        this.petitions = petitions;
    }

    @Override
    public List<SearchHit> search(String query, int limit, Locale locale) {
        List<PetitionSummary> found = new ArrayList<>();
        String q = query.strip().replaceFirst("^#", "");
        if (q.matches("\\d{1,18}")) {
            petitions.summary(Long.parseLong(q)).ifPresent(found::add);
        }
        found.addAll(petitions.list(new PetitionQuery(null, null, null, null, false, q, 0, limit)));
        return found.stream().distinct().limit(limit).map(p -> hit(p, locale)).toList();
    }

    static SearchHit hit(PetitionSummary p, Locale locale) {
        String content = p.content().length() > 40 ? p.content().substring(0, 40) + "…" : p.content();
        String who = p.petitioner().isEmpty() ? "" : " · " + p.petitioner() + (p.phone().isEmpty() ? "" : " " + p.phone());
        return new SearchHit(PROVIDER_ID, RECORD_TYPE, Long.toString(p.id()), "#" + p.id() + " [" + p.kind().displayName(locale) + "] " + content,
                p.communityName() + " · " + p.status().displayName(locale) + " · " + p.receivedOn() + who);
    }
}
