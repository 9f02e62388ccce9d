package org.jiedao.testing;

import java.util.ArrayList;
import java.util.List;

import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.AuthenticationException;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;

/**
 * The organisation a module's tests run in: units (codes, names, levels, parents) and users of the roles the tests
 * sign in as, made once in the test runtime's database whatever another test class made before (each is created only
 * when missing), plus signing in and out and emptying a module's tables. Part of the SDK.
 *
 * <pre>
 * static final TestOrganisation ORG = TestOrganisation.suzhou();      // the demo's district, streets, communities, users
 *
 * &#64;BeforeAll static void organisation() { ORG.ensure(); }
 * &#64;BeforeEach void clean() { ORG.clean("SafetyFinding", "SafetyInspection", "SafetyPremises"); }
 * &#64;Test void aWorkerSeesHerCommunity() { ORG.signIn(TestOrganisation.WORKER); ... }
 * </pre>
 *
 * or a plan of one's own: {@code new TestOrganisation().unit("X", "区", OrgLevel.DISTRICT, null).user("a", "管理员",
 * Role.DISTRICT_ADMIN, null)}.
 */
public final class TestOrganisation {

    /** The password of every user made here. */
    public static final String PASSWORD = "Jiedao-Test-2026!";

    /** 姑苏区 and its streets 沧浪街道 (the four pilot communities of 创业驿站) and 金阊街道 (三元一村). */
    public static final String GUSU = "320508";
    public static final String CANGLANG = "320508001";
    public static final String GUIHUA = "320508001001";
    public static final String DAOQIAN = "320508001002";
    public static final String TONGYI = "320508001003";
    public static final String TONGER = "320508001004";
    public static final String JINCHANG = "320508002";
    public static final String SANYUAN = "320508002001";
    /** 相城区 元和街道 with 康桥花园 and 华辰嘉园, whose two grids are the grid leaders' units. */
    public static final String XIANGCHENG = "320507";
    public static final String YUANHE = "320507001";
    public static final String KANGQIAO = "320507001001";
    public static final String HUACHEN = "320507001005";
    public static final String HUACHEN_GRID_1 = "320507001005-1";
    public static final String HUACHEN_GRID_2 = "320507001005-2";

    /** Users of {@link #suzhou()}: one per role (the worker in 桂花社区, the grid leader in 华辰嘉园's first grid). */
    public static final String ADMIN = "t-admin";
    public static final String STREET_OFFICER = "t-canglang";
    public static final String OTHER_STREET_OFFICER = "t-jinchang";
    public static final String WORKER = "t-guihua";
    public static final String GRID_LEADER = "t-grid";
    public static final String AUDITOR = "t-auditor";

    private record Unit(String code, String name, OrgLevel level, String parent) {
    }

    private record User(String username, String displayName, Role role, String unit) {
    }

    private final List<Unit> units = new ArrayList<>();
    private final List<User> users = new ArrayList<>();

    /** An empty plan: add units (parents first) and users. */
    public TestOrganisation() {
    }

    /** The demo's units named above and one user per role. */
    public static TestOrganisation suzhou() {
        return new TestOrganisation()
                .unit(GUSU, "姑苏区", OrgLevel.DISTRICT, null)
                .unit(CANGLANG, "沧浪街道", OrgLevel.STREET, GUSU)
                .unit(GUIHUA, "桂花社区", OrgLevel.COMMUNITY, CANGLANG)
                .unit(DAOQIAN, "道前社区", OrgLevel.COMMUNITY, CANGLANG)
                .unit(TONGYI, "潼一社区", OrgLevel.COMMUNITY, CANGLANG)
                .unit(TONGER, "潼二社区", OrgLevel.COMMUNITY, CANGLANG)
                .unit(JINCHANG, "金阊街道", OrgLevel.STREET, GUSU)
                .unit(SANYUAN, "三元一村社区", OrgLevel.COMMUNITY, JINCHANG)
                .unit(XIANGCHENG, "相城区", OrgLevel.DISTRICT, null)
                .unit(YUANHE, "元和街道", OrgLevel.STREET, XIANGCHENG)
                .unit(KANGQIAO, "康桥花园社区", OrgLevel.COMMUNITY, YUANHE)
                .unit(HUACHEN, "华辰嘉园社区", OrgLevel.COMMUNITY, YUANHE)
                .unit(HUACHEN_GRID_1, "华辰嘉园第一网格", OrgLevel.GRID, HUACHEN)
                .unit(HUACHEN_GRID_2, "华辰嘉园第二网格", OrgLevel.GRID, HUACHEN)
                .user(ADMIN, "区管理员（测试）", Role.DISTRICT_ADMIN, null)
                .user(STREET_OFFICER, "沧浪街道工作人员（测试）", Role.STREET_OFFICER, CANGLANG)
                .user(OTHER_STREET_OFFICER, "金阊街道工作人员（测试）", Role.STREET_OFFICER, JINCHANG)
                .user(WORKER, "桂花社区工作者（测试）", Role.COMMUNITY_WORKER, GUIHUA)
                .user(GRID_LEADER, "华辰嘉园第一网格网格长（测试）", Role.COMMUNITY_WORKER, HUACHEN_GRID_1)
                .user(AUDITOR, "审计员（测试）", Role.AUDITOR, null);
    }

    /** Adds a unit to the plan (after its parent). */
    public TestOrganisation unit(String code, String name, OrgLevel level, String parentCode) {
        units.add(new Unit(code, name, level, parentCode));
        return this;
    }

    /** Adds a user with {@link #PASSWORD} to the plan. */
    public TestOrganisation user(String username, String displayName, Role role, String unitCode) {
        users.add(new User(username, displayName, role, unitCode));
        return this;
    }

    /** Makes the units and users of the plan that are missing (nobody signed in afterwards); returns this. */
    public synchronized TestOrganisation ensure() {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService orgUnits = Services.await(OrgUnitService.class);
        security.signOut();
        for (Unit u : units) {
            if (orgUnits.find(u.code()).isEmpty()) {
                orgUnits.create(u.code(), u.name(), u.level(), u.parent());
            }
        }
        for (User u : users) {
            if (security.find(u.username()).isEmpty()) {
                security.createUser(u.username(), u.displayName(), u.role(), u.unit(), PASSWORD.toCharArray());
            }
        }
        return this;
    }

    /** Signs {@code username} in (after signing out whoever was). */
    public void signIn(String username) {
        SecurityService security = Services.await(SecurityService.class);
        security.signOut();
        try {
            security.signIn(username, PASSWORD.toCharArray());
        } catch (AuthenticationException e) {
            throw new AssertionError("Cannot sign in the test user " + username + ": " + e.getMessage(), e);
        }
    }

    /** Signs out (the tests' own set-up then writes without a scope). */
    public void signOut() {
        Services.await(SecurityService.class).signOut();
    }

    /**
     * Signs out and deletes every row of the named entities, in the order given (children before parents), in one
     * transaction.
     */
    public void clean(String... entityNames) {
        signOut();
        Services.await(PersistenceService.class).transaction(em -> {
            for (String entity : entityNames) {
                em.createQuery("delete from " + entity).executeUpdate();
            }
            return null;
        });
    }
}
