package org.jiedao.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.privacy.Masks;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.core.privacy.PersonalDataLog.Purpose;
import org.jiedao.core.privacy.PersonalDataLog.Read;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The platform's masking rules and its log of personal-data reads, on the real database. */
class PersonalDataLogTest {

    private static final String MODULE = "org.example.privacytest";
    private static PersonalDataLog log;
    private static SecurityService security;
    private static PersistenceService persistence;

    @BeforeAll
    static void services() {
        log = Services.await(PersonalDataLog.class);
        security = Services.await(SecurityService.class);
        persistence = Services.await(PersistenceService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        security.signOut();
        units.create("PD", "姑苏区", OrgLevel.DISTRICT, null);
        units.create("PD-1", "金阊街道", OrgLevel.STREET, "PD");
        units.create("PD-1-1", "三元一村社区", OrgLevel.COMMUNITY, "PD-1");
        char[] password = "Privacy-2021!".toCharArray();
        security.createUser("pd-worker", "三元一村社区工作者", Role.COMMUNITY_WORKER, "PD-1-1", password);
        security.createUser("pd-auditor", "审计员", Role.AUDITOR, null, password);
    }

    @AfterEach
    void signOut() {
        security.signOut();
    }

    @Test
    void masksKeepWhatOfficersRecognise() {
        assertEquals("张*", Masks.name("张三"));
        assertEquals("欧**", Masks.name(" 欧阳修 "));
        assertEquals("", Masks.name(null));
        assertEquals("", Masks.name("  "));
        assertEquals("138****5678", Masks.phone("13812345678"));
        assertEquals("051*5123", Masks.phone("05125123"));
        assertEquals("*******", Masks.phone("6512345"), "too short to keep anything");
        assertEquals("3205**********123X", Masks.idNumber("32050819500101123X"));
        assertEquals("3205*******1123", Masks.idNumber("320508500101123"), "15 characters");
        assertEquals("三元一村12****", Masks.address("三元一村12幢3单元401室"));
        assertEquals("三元****", Masks.address("三元一村"));
        assertEquals("𠀀*", Masks.name("𠀀𠀁"), "a character outside the BMP is one character");
    }

    @Test
    void everyReadIsLoggedWithTheUserAndAFailedExportLeavesNoRead() throws Exception {
        security.signIn("pd-worker", "Privacy-2021!".toCharArray());
        log.recordRead(MODULE, "elder", "42", "PD-1-1", Purpose.SHOW, 1);
        assertThrows(IllegalStateException.class, () -> persistence.transaction(em -> {
            log.recordRead(MODULE, "elder", null, "PD-1-1", Purpose.EXPORT, 1800);
            throw new IllegalStateException("the export's file could not be written");
        }));
        assertThrows(IllegalArgumentException.class, () -> log.recordRead(MODULE, " ", "1", null, Purpose.SHOW, 1));
        assertThrows(IllegalArgumentException.class, () -> log.recordRead(MODULE, "elder", "1", null, Purpose.SHOW, 0));
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> log.reads(MODULE, null, null, 0));
        assertTrue(denied.getMessage().contains("pd-worker"), denied.getMessage());
        security.signOut();

        security.signIn("pd-auditor", "Privacy-2021!".toCharArray());
        List<Read> reads = log.reads(MODULE, null, null, 0);
        assertEquals(1, reads.size(), "the rolled-back export left no read: " + reads);
        Read read = reads.get(0);
        assertEquals("pd-worker", read.readBy());
        assertEquals("elder", read.recordKind());
        assertEquals("42", read.recordKey());
        assertEquals(Purpose.SHOW, read.purpose());
        assertEquals("PD-1-1", read.unitCode());
        assertEquals(1, log.reads(MODULE, "elder", "42", 10).size());
        assertEquals(0, log.reads(MODULE, "elder", "43", 10).size());
    }
}
