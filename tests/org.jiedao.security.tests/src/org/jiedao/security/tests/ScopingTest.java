package org.jiedao.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitException;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.junit.jupiter.api.AfterEach;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Org-unit scoping enforced in the persistence layer: whatever a module queries, a community
 * worker sees and changes only their community's rows; a street officer their street's; an
 * auditor reads everything and changes nothing.
 */
class ScopingTest {

    private static PersistenceService persistence;
    private static SecurityService security;
    private static OrgUnitService units;
    private static Long inHuachen;
    private static Long inHuayuan;
    private static Long inCanglang;

    @BeforeAll
    static void data() {
        persistence = Services.await(PersistenceService.class);
        security = Services.await(SecurityService.class);
        units = Services.await(OrgUnitService.class);
        security.signOut();
        units.create("X", "相城区", OrgLevel.DISTRICT, null);
        units.create("X-1", "元和街道", OrgLevel.STREET, "X");
        units.create("X-1-1", "华辰嘉园社区", OrgLevel.COMMUNITY, "X-1");
        units.create("X-1-2", "华元社区", OrgLevel.COMMUNITY, "X-1");
        units.create("G", "姑苏区", OrgLevel.DISTRICT, null);
        units.create("G-1", "沧浪街道", OrgLevel.STREET, "G");
        inHuachen = create("华辰嘉园的来信", "X-1-1");
        inHuayuan = create("华元的来信", "X-1-2");
        inCanglang = create("沧浪的来信", "G-1");
        char[] password = "Scope-2021!".toCharArray();
        security.createUser("worker-hc", "华辰嘉园社区工作者", Role.COMMUNITY_WORKER, "X-1-1", password);
        security.createUser("officer-yh", "元和街道工作人员", Role.STREET_OFFICER, "X-1", password);
        security.createUser("auditor-x", "审计员", Role.AUDITOR, null, password);
    }

    private static Long create(String title, String unit) {
        return persistence.transaction(em -> {
            ScopedRecord record = new ScopedRecord(title);
            record.setUnit(units.find(unit).orElseThrow());
            em.persist(record);
            em.flush();
            return record.getId();
        });
    }

    @AfterEach
    void signOut() {
        security.signOut();
    }

    private static List<String> visibleTitles() {
        return persistence.read(em -> em.createQuery("select r.title from ScopedRecord r order by r.title", String.class)
                .getResultList());
    }

    @Test
    void aUnitNamedForARecordIsFoundByCodeOrNameWithinTheUsersScope() throws Exception {
        // names of their own: other test classes share this database and create units of the seed's names
        units.create("X-1-9", "范围内测试社区", OrgLevel.COMMUNITY, "X-1");
        units.create("G-1-9", "范围外测试社区", OrgLevel.COMMUNITY, "G-1");
        assertEquals("G-1-9", units.findInScope(" 范围外测试社区 ").code(), "nobody signed in (setting up): everywhere");
        security.signIn("officer-yh", "Scope-2021!".toCharArray());
        assertEquals("X-1-9", units.findInScope("范围内测试社区").code());
        assertEquals("X-1-1", units.findInScope("X-1-1").code());
        OrgUnitException outside = assertThrows(OrgUnitException.class, () -> units.findInScope("范围外测试社区"));
        assertTrue(outside.getMessage().contains("G-1-9") && outside.getMessage().contains("范围外测试社区"), outside.getMessage());
        OrgUnitException unknown = assertThrows(OrgUnitException.class, () -> units.findInScope("NOPE-9"));
        assertTrue(unknown.getMessage().contains("NOPE-9"), unknown.getMessage());
        assertThrows(OrgUnitException.class, () -> units.findInScope("  "));
        // the choices of a part's community filter: the levels asked for, within the scope
        List<String> communities = units.listInScope(OrgLevel.COMMUNITY).stream().map(u -> u.code()).toList();
        assertTrue(communities.contains("X-1-9") && communities.contains("X-1-1"), communities.toString());
        assertFalse(communities.contains("G-1-9"), "outside the officer's street: " + communities);
        assertFalse(communities.contains("X-1"), "a street is not a community: " + communities);
        assertTrue(units.listInScope(OrgLevel.STREET, OrgLevel.COMMUNITY).stream().anyMatch(u -> u.code().equals("X-1")));
        security.signOut();
        security.signIn("worker-hc", "Scope-2021!".toCharArray());
        assertThrows(OrgUnitException.class, () -> units.findInScope("X-1-9"), "a neighbouring community");
        assertThrows(OrgUnitException.class, () -> units.findInScope("X-1"), "the worker's own street is above their scope");
        assertEquals(List.of("X-1-1"), units.listInScope(OrgLevel.COMMUNITY).stream().map(u -> u.code()).toList());
        security.signOut();
        assertTrue(units.listInScope(OrgLevel.COMMUNITY).stream().anyMatch(u -> u.code().equals("G-1-9")),
                "nobody signed in: everywhere");
    }

    @Test
    void aCommunityWorkerSeesAndChangesOnlyTheirCommunity() throws Exception {
        security.signIn("worker-hc", "Scope-2021!".toCharArray());
        assertEquals(List.of("华辰嘉园的来信"), visibleTitles());
        assertNull(persistence.read(em -> em.find(ScopedRecord.class, inHuayuan)), "find() is scoped too");
        assertEquals(1L, (long) persistence.read(em -> em.createQuery("select count(r) from ScopedRecord r", Long.class)
                .getSingleResult()));

        persistence.transaction(em -> {
            em.find(ScopedRecord.class, inHuachen).setTitle("华辰嘉园的来信（已办理）");
            return null;
        });
        // a record of another community, obtained somehow, cannot be written
        AccessDeniedException denied = assertThrows(AccessDeniedException.class, () -> persistence.transaction(em -> {
            ScopedRecord other = new ScopedRecord("冒充");
            other.setUnit(units.find("X-1-2").orElseThrow());
            em.persist(other);
            return null;
        }));
        assertTrue(denied.getMessage().contains("worker-hc") && denied.getMessage().contains("X-1-2"), denied.getMessage());
        // nor moved out of the community
        assertThrows(AccessDeniedException.class, () -> persistence.transaction(em -> {
            em.find(ScopedRecord.class, inHuachen).setUnit(units.find("X-1-2").orElseThrow());
            return null;
        }));
    }

    @Test
    void aStreetOfficerSeesTheWholeStreetAndNothingElse() throws Exception {
        security.signIn("officer-yh", "Scope-2021!".toCharArray());
        List<String> titles = visibleTitles();
        assertEquals(2, titles.size(), titles.toString());
        assertTrue(titles.stream().noneMatch(t -> t.startsWith("沧浪")), titles.toString());
        assertNull(persistence.read(em -> em.find(ScopedRecord.class, inCanglang)));
        assertNotNull(persistence.read(em -> em.find(ScopedRecord.class, inHuayuan)));
    }

    @Test
    void anAuditorReadsEverythingAndChangesNothing() throws Exception {
        security.signIn("auditor-x", "Scope-2021!".toCharArray());
        assertEquals(3, visibleTitles().size());
        assertThrows(AccessDeniedException.class, () -> persistence.transaction(em -> {
            em.find(ScopedRecord.class, inCanglang).setTitle("改");
            return null;
        }));
    }

    @Test
    void modulePermissionsFollowTheRoleAndTheScope() throws Exception {
        List<String> declared = security.permissions().stream().map(p -> p.id()).toList();
        assertTrue(declared.contains("org.jiedao.tests.handle"), declared.toString());
        assertTrue(!declared.contains("org.jiedao.tests.bad-role") && !declared.contains("org.jiedao.tests.nameless"), declared.toString());
        assertTrue(!security.isPermitted("org.jiedao.tests.handle", "X-1-1"), "nobody signed in");

        security.signIn("worker-hc", "Scope-2021!".toCharArray());
        assertTrue(security.isPermitted("org.jiedao.tests.handle", "X-1-1"), "the role has it in its community");
        assertTrue(!security.isPermitted("org.jiedao.tests.handle", "X-1-2"), "not in another community");
        assertTrue(!security.isPermitted("org.jiedao.tests.unknown", "X-1-1"));
        security.signOut();

        security.signIn("officer-yh", "Scope-2021!".toCharArray());
        assertTrue(!security.isPermitted("org.jiedao.tests.handle", "X-1-1"), "street officers do not have it");
    }

}
