package org.jiedao.petitions.tests;

import java.time.LocalDate;

import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.petitions.Channel;
import org.jiedao.petitions.NewPetition;
import org.jiedao.petitions.PetitionKind;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.Urgency;
import org.jiedao.testing.Services;

/** The organisation and users every petitions test uses, and a clean slate of petitions. */
final class Fixture {

    static final String PASSWORD = "Petitions-2021!";
    static final String HUACHEN = "X-1-1";
    static final String HUAYUAN = "X-1-2";

    static PersistenceService persistence;
    static SecurityService security;
    static OrgUnitService units;
    static PetitionService petitions;

    private Fixture() {
    }

    static synchronized void organisation() {
        persistence = Services.await(PersistenceService.class);
        security = Services.await(SecurityService.class);
        units = Services.await(OrgUnitService.class);
        petitions = Services.await(PetitionService.class);
        security.signOut();
        if (units.find("X").isEmpty()) {
            units.create("X", "相城区", OrgLevel.DISTRICT, null);
            units.create("X-1", "元和街道", OrgLevel.STREET, "X");
            units.create(HUACHEN, "华辰嘉园社区", OrgLevel.COMMUNITY, "X-1");
            units.create(HUAYUAN, "华元社区", OrgLevel.COMMUNITY, "X-1");
            security.createUser("admin-x", "区管理员", Role.DISTRICT_ADMIN, "X", PASSWORD.toCharArray());
            security.createUser("worker-hc", "华辰嘉园社区工作者", Role.COMMUNITY_WORKER, HUACHEN, PASSWORD.toCharArray());
            security.createUser("worker-hy", "华元社区工作者", Role.COMMUNITY_WORKER, HUAYUAN, PASSWORD.toCharArray());
            security.createUser("officer-x", "元和街道工作人员", Role.STREET_OFFICER, "X-1", PASSWORD.toCharArray());
            security.createUser("auditor-x", "审计员", Role.AUDITOR, null, PASSWORD.toCharArray());
        }
    }

    /** Removes every petition (nobody signed in: not scoped). */
    static void clean() {
        security.signOut();
        persistence.transaction(em -> {
            em.createQuery("delete from PetitionEvent").executeUpdate();
            em.createQuery("delete from PetitionAttachment").executeUpdate();
            em.createQuery("delete from Petition").executeUpdate();
            em.createQuery("delete from PetitionTally").executeUpdate(); // kept by the service: a bulk delete must clear it too
            em.createQuery("delete from MailboxOpening").executeUpdate();
            em.createQuery("delete from PersonalDataRead r where r.module = 'org.jiedao.petitions'").executeUpdate();
            return null;
        });
    }

    static void signIn(String user) {
        security.signOut();
        try {
            security.signIn(user, PASSWORD.toCharArray());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static long register(String community, LocalDate received, Urgency urgency) {
        return petitions.register(new NewPetition(received, Channel.LETTER, PetitionKind.REQUEST, community, "环境卫生", urgency, "张三",
                "13812345678", "楼道里堆放了很多纸箱，存在消防隐患。", null));
    }

    static long register(String community) {
        return register(community, LocalDate.now(), Urgency.NORMAL);
    }

    static long views() {
        return persistence.read(em -> em.createQuery("select count(r) from PersonalDataRead r where r.module = 'org.jiedao.petitions'", Long.class).getSingleResult());
    }
}
