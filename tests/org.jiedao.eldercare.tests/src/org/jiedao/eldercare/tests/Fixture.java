package org.jiedao.eldercare.tests;

import java.time.LocalDate;

import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.NewElder;
import org.jiedao.testing.Services;

/** The organisation and users of the tests (金阊街道 with 三元一村 and 三元二村), and a clean module. */
final class Fixture {

    static final String PASSWORD = "Eldercare-Test-2026!";
    static final String SANYUAN = "320508002001";
    static final String OTHER = "320508002002";
    /** 三元一村's first grid, the unit of the grid leader eld-grid. */
    static final String GRID = "320508002001-1";
    static int seq;

    private Fixture() {
    }

    static synchronized void organisation() {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        security.signOut();
        if (units.find("320508").isEmpty()) {
            units.create("320508", "姑苏区", OrgLevel.DISTRICT, null);
            units.create("320508002", "金阊街道", OrgLevel.STREET, "320508");
            units.create(SANYUAN, "三元一村社区", OrgLevel.COMMUNITY, "320508002");
            units.create(OTHER, "三元二村社区", OrgLevel.COMMUNITY, "320508002");
            units.create(GRID, "三元一村第一网格", OrgLevel.GRID, SANYUAN);
            security.createUser("eld-admin", "区管理员", Role.DISTRICT_ADMIN, null, PASSWORD.toCharArray());
            security.createUser("eld-officer", "金阊街道工作人员", Role.STREET_OFFICER, "320508002", PASSWORD.toCharArray());
            security.createUser("eld-worker", "三元一村社区工作者", Role.COMMUNITY_WORKER, SANYUAN, PASSWORD.toCharArray());
            security.createUser("eld-other", "三元二村社区工作者", Role.COMMUNITY_WORKER, OTHER, PASSWORD.toCharArray());
            security.createUser("eld-grid", "三元一村第一网格网格长", Role.COMMUNITY_WORKER, GRID, PASSWORD.toCharArray());
        }
    }

    static void signIn(String user) throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        security.signOut();
        security.signIn(user, PASSWORD.toCharArray());
    }

    static void clean() {
        PersistenceService persistence = Services.await(PersistenceService.class);
        Services.await(SecurityService.class).signOut();
        persistence.transaction(em -> {
            for (String e : new String[] { "EldercareMarketStall", "EldercareMarket", "EldercareVisit", "EldercarePair", "EldercareEnrolment", "EldercareCourse", "EldercareBooking",
                    "EldercareClosedDay", "EldercareService", "EldercareRenovationStep", "EldercareRenovationItem", "EldercareRenovation",
                    "EldercareSettings", "EldercarePolicy", "EldercareCatalogue", "EldercarePopulation", "EldercareElderCount", "EldercareElder", "EldercareCategory" }) {
                em.createQuery("delete from " + e).executeUpdate();
            }
            return null;
        });
    }

    /** A valid ID number of someone born on {@code birth} (a new sequence each call). */
    static synchronized String idNumber(LocalDate birth) {
        return IdNumberTest.number(birth, ++seq);
    }

    /** An elder aged {@code age} on {@code on} (born {@code age} years and 10 days before). */
    static NewElder elder(String name, int age, LocalDate on, String community, String building, String stair, String floor, boolean alone,
            String category) {
        return new NewElder(idNumber(on.minusYears(age).minusDays(10)), name, community, building, stair, floor, "13912345678", alone, category,
                null, "联系人", "13800001111");
    }
}
