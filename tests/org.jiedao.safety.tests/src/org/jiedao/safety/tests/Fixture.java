package org.jiedao.safety.tests;

import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.testing.Services;

/** The organisation of the tests (the demo's codes), users of every role, and a clean slate of the module's tables. */
final class Fixture {

    static final String PASSWORD = "Safety-Test-2026!";
    static final String STREET = "320507001";
    static final String KANGQIAO = "320507001001";
    static final String HUAYUAN = "320507001004";
    static final String HUACHEN = "320507001005";
    static final String GRID1 = "320507001005-1";
    static final String GRID2 = "320507001005-2";
    static final String GUIHUA = "320508001001";

    static SecurityService security;
    static PersistenceService persistence;

    private Fixture() {
    }

    static synchronized void organisation() {
        security = Services.await(SecurityService.class);
        persistence = Services.await(PersistenceService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        security.signOut();
        Object[][] plan = { { "320507", "相城区", OrgLevel.DISTRICT, null }, { STREET, "元和街道", OrgLevel.STREET, "320507" },
                { KANGQIAO, "康桥花园社区", OrgLevel.COMMUNITY, STREET }, { "320507001002", "晨曦馨苑社区", OrgLevel.COMMUNITY, STREET },
                { "320507001003", "湖沁社区", OrgLevel.COMMUNITY, STREET }, { HUAYUAN, "华元社区", OrgLevel.COMMUNITY, STREET },
                { HUACHEN, "华辰嘉园社区", OrgLevel.COMMUNITY, STREET }, { GRID1, "华辰嘉园第一网格", OrgLevel.GRID, HUACHEN },
                { GRID2, "华辰嘉园第二网格", OrgLevel.GRID, HUACHEN }, { "320508", "姑苏区", OrgLevel.DISTRICT, null },
                { "320508001", "沧浪街道", OrgLevel.STREET, "320508" }, { GUIHUA, "桂花社区", OrgLevel.COMMUNITY, "320508001" } };
        for (Object[] u : plan) { // each unit and user once, whatever another test class of this bundle made before
            if (units.find((String) u[0]).isEmpty()) {
                units.create((String) u[0], (String) u[1], (OrgLevel) u[2], (String) u[3]);
            }
        }
        Object[][] users = { { "admin-s", "区管理员", Role.DISTRICT_ADMIN, null }, { "officer-s", "元和街道消防安全员", Role.STREET_OFFICER, STREET },
                { "worker-s", "华辰嘉园社区工作者", Role.COMMUNITY_WORKER, HUACHEN }, { "grid-s", "华辰嘉园第一网格网格长", Role.COMMUNITY_WORKER, GRID1 },
                { "auditor-s", "审计员", Role.AUDITOR, null } };
        for (Object[] u : users) {
            if (security.users().stream().noneMatch(a -> a.username().equals(u[0]))) {
                security.createUser((String) u[0], (String) u[1], (Role) u[2], (String) u[3], PASSWORD.toCharArray());
            }
        }
    }

    /** Empties the module's tables (nobody signed in: not scoped). */
    static void clean() {
        security.signOut();
        persistence.transaction(em -> {
            for (String entity : new String[] { "SafetyCount", "SafetyPhoto", "SafetyFinding", "SafetyOrder", "SafetyInspection", "SafetyTemplateItem",
                    "SafetyTemplate", "SafetyPremises", "SafetyAnswer", "SafetyTeam", "SafetyParticipant", "SafetyEvent", "SafetySettings" }) {
                em.createQuery("delete from " + entity).executeUpdate();
            }
            return null;
        });
    }

    static void signIn(String user) {
        security.signOut();
        try {
            security.signIn(user, PASSWORD.toCharArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
