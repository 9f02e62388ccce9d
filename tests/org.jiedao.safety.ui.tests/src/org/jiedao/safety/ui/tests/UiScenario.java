package org.jiedao.safety.ui.tests;

import org.eclipse.swt.widgets.Display;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.testing.Services;
import org.jiedao.ui.testing.SwtDriver;

/**
 * The safety UI tests' common ground: the demo's street with 康桥花园, a user of the test signed in on emptied module
 * tables, and a display and driver with the scenario run by the platform's {@link org.jiedao.ui.testing.UiScenario}.
 */
final class UiScenario {

    static final String PASSWORD = "Safety-Ui-Test-2026!";
    static final String KANGQIAO = "320507001001";
    /** The module's tables, children first (what {@link #signedIn} empties). */
    static final String[] TABLES = { "SafetyCount", "SafetyPhoto", "SafetyFinding", "SafetyOrder", "SafetyInspection", "SafetyPremises",
            "SafetyTemplateItem", "SafetyTemplate", "SafetyAnswer", "SafetyTeam", "SafetyParticipant", "SafetyEvent" };

    static Display display;
    static SwtDriver driver;

    private UiScenario() {
    }

    /**
     * 相城区 / 元和街道 / 康桥花园社区 (once), the user (once), the module's records gone (the shipped templates stay unless
     * {@code templatesToo}), and the user signed in.
     *
     * @param unit the user's unit code
     */
    static void signedIn(String user, String displayName, Role role, String unit, boolean templatesToo) throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        security.signOut();
        if (units.find("320507").isEmpty()) {
            units.create("320507", "相城区", OrgLevel.DISTRICT, null);
            units.create("320507001", "元和街道", OrgLevel.STREET, "320507");
            units.create(KANGQIAO, "康桥花园社区", OrgLevel.COMMUNITY, "320507001");
        }
        if (security.users().stream().noneMatch(u -> u.username().equals(user))) {
            security.createUser(user, displayName, role, unit, PASSWORD.toCharArray());
        }
        Services.await(PersistenceService.class).transaction(em -> {
            for (String entity : TABLES) {
                if (templatesToo || !entity.startsWith("SafetyTemplate")) {
                    em.createQuery("delete from " + entity).executeUpdate();
                }
            }
            return null;
        });
        security.signIn(user, PASSWORD.toCharArray());
    }

    static void withDisplay(org.jiedao.ui.testing.UiScenario.Scenario scenario) throws Throwable {
        display = new Display();
        driver = new SwtDriver(display);
        try {
            org.jiedao.ui.testing.UiScenario.run(display, scenario);
        } finally {
            display.dispose();
        }
    }
}
