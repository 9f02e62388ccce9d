package org.jiedao.petitions.tests;

import static org.jiedao.petitions.tests.Fixture.petitions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jiedao.core.org.OrgUnitService;
import org.jiedao.petitions.PetitionQuery;
import org.jiedao.petitions.PetitionStatus;
import org.jiedao.petitions.PetitionSummary;
import org.jiedao.petitions.internal.contrib.PetitionsDemoData;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo petitions: a few hundred at most, in every running status, some overdue, weekly openings of 华辰嘉园's mailbox. */
class DemoDataTest {

    @AfterEach
    void clean() {
        Fixture.clean();
    }

    @Test
    void demoPetitionsLookLikeAStreetsRealWork() {
        Fixture.organisation();
        Fixture.clean();
        Fixture.signIn("admin-x");
        String summary = new PetitionsDemoData(petitions, Services.await(OrgUnitService.class)).load(Locale.ENGLISH);
        long total = petitions.count(PetitionQuery.all());
        assertEquals(total + " petitions", summary);
        assertTrue(total >= 40 && total <= 300, summary);
        Map<PetitionStatus, Long> byStatus = petitions.list(PetitionQuery.all()).stream()
                .collect(Collectors.groupingBy(PetitionSummary::status, Collectors.counting()));
        for (PetitionStatus s : new PetitionStatus[] { PetitionStatus.REGISTERED, PetitionStatus.ASSIGNED, PetitionStatus.IN_PROGRESS,
                PetitionStatus.REPLIED, PetitionStatus.CLOSED }) {
            assertTrue(byStatus.getOrDefault(s, 0L) > 0, s + " in " + byStatus);
        }
        assertTrue(petitions.count(new PetitionQuery(null, null, null, null, true, null, 0, 0)) > 0, "some are overdue");
        assertEquals(10, petitions.openings(100).size());
        assertTrue(petitions.openings(100).stream().allMatch(o -> o.communityName().equals("华辰嘉园社区") && o.items() >= 3));
    }
}
