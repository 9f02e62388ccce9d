package org.jiedao.security.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.AccountException;
import org.jiedao.core.security.AuthenticationException;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.jiedao.security.internal.users.PasswordHasher;
import org.jiedao.security.internal.users.SecurityServiceImpl;
import org.junit.jupiter.api.AfterEach;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Users, password hashes, sign-in and lockout, on the test runtime's embedded database. */
class SecurityServiceTest {

    private static SecurityService security;
    private static OrgUnitService units;

    @BeforeAll
    static void services() {
        security = Services.await(SecurityService.class);
        units = Services.await(OrgUnitService.class);
        if (units.find("S1").isEmpty()) {
            units.create("S1", "姑苏区", OrgLevel.DISTRICT, null);
            units.create("S1-01", "沧浪街道", OrgLevel.STREET, "S1");
        }
    }


    @AfterEach
    void signOut() {
        security.signOut();
        ((SecurityServiceImpl) security).setClock(Clock.systemUTC());
    }

    @Test
    void passwordsAreStoredAsSaltedSlowHashes() {
        String first = PasswordHasher.hash("Canglang-2021".toCharArray());
        String second = PasswordHasher.hash("Canglang-2021".toCharArray());
        assertTrue(first.startsWith("pbkdf2-sha512$210000$"), first);
        assertNotEquals(first, second, "a random salt per password");
        assertTrue(PasswordHasher.verify("Canglang-2021".toCharArray(), first));
        assertFalse(PasswordHasher.verify("canglang-2021".toCharArray(), first));
        assertFalse(PasswordHasher.verify("x".toCharArray(), "not-a-hash"));
    }

    @Test
    void signInMakesTheCurrentUserAndWrongPasswordsAreRefused() throws Exception {
        security.createUser("officer1", "沧浪街道 张三", Role.STREET_OFFICER, "S1-01", "Gusu-2021!".toCharArray());
        UserAccount account = security.signIn("Officer1", "Gusu-2021!".toCharArray());
        assertEquals(new UserAccount("officer1", "沧浪街道 张三", Role.STREET_OFFICER, Optional.of("S1-01")), account);
        assertEquals(Optional.of(account), security.currentUser());
        security.signOut();
        AuthenticationException wrong = assertThrows(AuthenticationException.class,
                () -> security.signIn("officer1", "gusu-2021!".toCharArray()));
        AuthenticationException unknown = assertThrows(AuthenticationException.class,
                () -> security.signIn("nobody", "Gusu-2021!".toCharArray()));
        assertEquals(wrong.getMessage(), unknown.getMessage(), "never says whether the name or the password was wrong");
        assertEquals(Optional.empty(), security.currentUser());
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() throws Exception {
        security.createUser("officer2", "李四", Role.STREET_OFFICER, "S1-01", "Xiangcheng-9".toCharArray());
        MovableClock clock = new MovableClock(Instant.parse("2026-11-26T02:00:00Z"));
        ((SecurityServiceImpl) security).setClock(clock);
        for (int i = 0; i < 5; i++) {
            assertThrows(AuthenticationException.class, () -> security.signIn("officer2", "wrong-pass-1".toCharArray()));
        }
        AuthenticationException locked = assertThrows(AuthenticationException.class,
                () -> security.signIn("officer2", "Xiangcheng-9".toCharArray()));
        assertTrue(locked.getMessage().contains("locked") && locked.getMessage().contains("2026-11-26 02:15"), locked.getMessage());
        clock.advance(Duration.ofMinutes(16));
        assertEquals("officer2", security.signIn("officer2", "Xiangcheng-9".toCharArray()).username());
    }

    @Test
    void accountsAndPasswordsAreChecked() {
        assertThrows(AccountException.class, () -> security.createUser("x y", "n", Role.AUDITOR, null, "Good-pass-1".toCharArray()));
        assertThrows(AccountException.class, () -> security.createUser("short", "n", Role.AUDITOR, null, "a1".toCharArray()));
        assertThrows(AccountException.class, () -> security.createUser("simple", "n", Role.AUDITOR, null, "abcdefghij".toCharArray()));
        assertThrows(AccountException.class, () -> security.createUser("named", "n", Role.AUDITOR, null, "named-2021".toCharArray()));
        AccountException unit = assertThrows(AccountException.class,
                () -> security.createUser("nounit", "n", Role.COMMUNITY_WORKER, null, "Good-pass-1".toCharArray()));
        assertTrue(unit.getMessage().contains("--unit"), unit.getMessage());
        assertThrows(AccountException.class,
                () -> security.createUser("badunit", "n", Role.COMMUNITY_WORKER, "NOPE", "Good-pass-1".toCharArray()));
        security.createUser("taken", "n", Role.AUDITOR, null, "Good-pass-1".toCharArray());
        assertThrows(AccountException.class, () -> security.createUser("TAKEN", "n", Role.AUDITOR, null, "Good-pass-1".toCharArray()));
        assertTrue(security.hasUsers());
    }

    /** A clock the lockout test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aDisabledAccountCannotSignInAndARoleChangeMovesTheScope() throws Exception {
        if (units.find("S1-01-001").isEmpty()) {
            units.create("S1-01-001", "桂花社区", OrgLevel.COMMUNITY, "S1-01");
        }
        security.createUser("boss9", "区管理员", Role.DISTRICT_ADMIN, null, "Admin-2026!".toCharArray());
        security.createUser("mover9", "王五", Role.STREET_OFFICER, "S1-01", "Mover-2026!".toCharArray());
        security.signIn("boss9", "Admin-2026!".toCharArray());
        security.setEnabled("mover9", false);
        assertFalse(security.isEnabled("mover9"));
        AccountException self = assertThrows(AccountException.class, () -> security.setEnabled("boss9", false));
        assertTrue(self.getMessage().length() > 5, self.getMessage());
        security.signOut();
        AuthenticationException refused = assertThrows(AuthenticationException.class,
                () -> security.signIn("mover9", "Mover-2026!".toCharArray()));
        assertFalse(refused.getMessage().isBlank());
        assertEquals(Optional.empty(), security.currentUser());

        security.signIn("boss9", "Admin-2026!".toCharArray());
        security.setEnabled("mover9", true);
        assertThrows(AccountException.class, () -> security.changeRole("mover9", Role.COMMUNITY_WORKER, null),
                "a community worker needs a unit");
        assertThrows(AccountException.class, () -> security.changeRole("mover9", Role.COMMUNITY_WORKER, "NO-SUCH-UNIT"));
        UserAccount moved = security.changeRole("mover9", Role.COMMUNITY_WORKER, "S1-01-001");
        assertEquals(new UserAccount("mover9", "王五", Role.COMMUNITY_WORKER, Optional.of("S1-01-001")), moved);
        security.signOut();
        security.signIn("mover9", "Mover-2026!".toCharArray());
        String community = units.find("S1-01-001").orElseThrow().path();
        assertEquals(community, security.currentScope().pathPrefix());
    }
}
