package org.jiedao.petitions.tests;

import static org.jiedao.petitions.tests.Fixture.HUACHEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.jiedao.petitions.Channel;
import org.jiedao.petitions.MailboxOpenings;
import org.jiedao.petitions.NewPetition;
import org.jiedao.petitions.PetitionAttachments;
import org.jiedao.petitions.PetitionIntake;
import org.jiedao.petitions.PetitionKind;
import org.jiedao.petitions.PetitionPrivacy;
import org.jiedao.petitions.PetitionQueries;
import org.jiedao.petitions.PetitionQuery;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.PetitionSettings;
import org.jiedao.petitions.PetitionStatus;
import org.jiedao.petitions.PetitionSummary;
import org.jiedao.petitions.PetitionWorkflow;
import org.jiedao.petitions.Urgency;
import org.jiedao.petitions.UrgencyFlag;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each section of the petitions API is an OSGi service of its own, as a module that needs one
 * section asks for it; what one section writes the others and the {@link PetitionService} facade see.
 */
class SectionsTest {

    @BeforeAll
    static void organisation() {
        Fixture.organisation();
    }

    @BeforeEach
    void clean() {
        Fixture.clean();
        Fixture.signIn("worker-hc");
    }

    @AfterEach
    void signOut() {
        Fixture.security.signOut();
    }

    @Test
    void eachSectionIsAServiceOfItsOwn() {
        PetitionIntake intake = Services.await(PetitionIntake.class);
        PetitionQueries queries = Services.await(PetitionQueries.class);
        PetitionWorkflow workflow = Services.await(PetitionWorkflow.class);
        PetitionService facade = Fixture.petitions;
        for (Class<?> section : List.of(PetitionIntake.class, PetitionQueries.class, PetitionWorkflow.class, PetitionAttachments.class,
                MailboxOpenings.class, PetitionSettings.class, PetitionPrivacy.class)) {
            assertNotSame(facade, Services.await(section), section.getSimpleName() + " is its own component, not the facade");
        }

        long id = intake.register(new NewPetition(LocalDate.now(), Channel.PHONE, PetitionKind.OPINION, HUACHEN, "环境卫生", Urgency.of(UrgencyFlag.URGENT),
                "李四", "13900001111", "小区门口路灯不亮。", null));
        PetitionSummary seen = queries.summary(id).orElseThrow();
        assertEquals(PetitionStatus.REGISTERED, seen.status());
        assertEquals(LocalDate.now().plusDays(Services.await(PetitionSettings.class).deadlines().urgentDays()), seen.dueOn());

        workflow.assign(id, seen.version(), HUACHEN);
        assertEquals(PetitionStatus.ASSIGNED, facade.summary(id).orElseThrow().status());
        assertEquals(1, queries.count(new PetitionQuery(PetitionStatus.ASSIGNED, null, null, null, false, null, 0, 0)));
        assertEquals(1L, facade.countsByStatus().get(PetitionStatus.ASSIGNED));
    }

    @Test
    void aDisclosureIsRecordedThroughThePrivacyService() {
        long before = Fixture.views();
        Services.await(PetitionPrivacy.class).recordDisclosure(PetitionPrivacy.Disclosure.REPORT, null, HUACHEN, 3);
        assertEquals(before + 1, Fixture.views());
        Fixture.signIn("admin-x");
        assertTrue(Fixture.persistence.auditRecords("worker-hc", "PersonalDataRead", null, null, 10).stream()
                .anyMatch(a -> a.changes().contains("REPORT")));
    }
}
