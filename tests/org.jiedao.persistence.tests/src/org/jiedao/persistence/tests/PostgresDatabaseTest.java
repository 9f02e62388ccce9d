package org.jiedao.persistence.tests;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jiedao.persistence.internal.DatabaseSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database contract on a real PostgreSQL server, each test in a schema of its own (dropped
 * afterwards). The server comes from JIEDAO_TEST_POSTGRES_URL, _USER and _PASSWORD, which
 * './dev test' (and so CI) sets after starting a local server; there, with
 * JIEDAO_REQUIRE_POSTGRES=1, a missing server fails the build instead of skipping.
 */
class PostgresDatabaseTest extends DatabaseContract {

    private static final List<String> SCHEMAS = new ArrayList<>();
    private static String url;
    private static String user;
    private static String password;

    @BeforeAll
    static void server() {
        url = System.getenv("JIEDAO_TEST_POSTGRES_URL");
        user = System.getenv("JIEDAO_TEST_POSTGRES_USER");
        password = System.getenv("JIEDAO_TEST_POSTGRES_PASSWORD");
        if (url == null && "1".equals(System.getenv("JIEDAO_REQUIRE_POSTGRES"))) {
            fail("JIEDAO_REQUIRE_POSTGRES=1 but JIEDAO_TEST_POSTGRES_URL is not set");
        }
        assumeTrue(url != null, "no PostgreSQL server configured (JIEDAO_TEST_POSTGRES_URL); './dev test' starts one");
    }

    @Override
    DatabaseSettings freshDatabase() throws Exception {
        String schema = "jd_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = admin().getConnection(); Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        SCHEMAS.add(schema);
        String separator = url.contains("?") ? "&" : "?";
        return DatabaseSettings.postgresql(url + separator + "currentSchema=" + schema, user, password);
    }

    /**
     * What a server restart does to its clients, done to one session: its backend terminated from a second connection
     * (pg_terminate_backend; the test cannot restart the shared server itself). The interrupted step gets the plain
     * message and leaves nothing written; the next step works without reopening the database.
     */
    @org.junit.jupiter.api.Test
    void aLostConnectionIsExplainedAndTheNextStepWorksWithoutARestart() throws Exception {
        DatabaseSettings settings = freshDatabase();
        try (org.jiedao.persistence.internal.Database db = open(settings)) {
            db.transaction(em -> {
                em.persist(new SampleRecord("之前", "U", java.time.LocalDate.of(2021, 6, 15)));
                return null;
            });
            org.jiedao.core.persistence.DatabaseUnavailableException lost = org.junit.jupiter.api.Assertions.assertThrows(
                    org.jiedao.core.persistence.DatabaseUnavailableException.class, () -> db.transaction(em -> {
                        em.persist(new SampleRecord("中断的一步", "U", java.time.LocalDate.of(2021, 6, 15)));
                        em.flush();
                        int pid = ((Number) em.createNativeQuery("select pg_backend_pid()").getSingleResult()).intValue();
                        try (Connection c = admin().getConnection(); Statement s = c.createStatement()) {
                            s.execute("select pg_terminate_backend(" + pid + ")");
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                        em.persist(new SampleRecord("中断后", "U", java.time.LocalDate.of(2021, 6, 15)));
                        em.flush();
                        return null;
                    }));
            org.junit.jupiter.api.Assertions.assertTrue(lost.getMessage().contains(settings.displayUrl()), lost.getMessage());
            org.junit.jupiter.api.Assertions.assertFalse(lost.getMessage().contains("Internal Exception")
                    || lost.getMessage().contains("PSQLException"), lost.getMessage());

            // the next step, on the same open Database: a new connection, nothing of the interrupted step
            db.transaction(em -> {
                em.persist(new SampleRecord("之后", "U", java.time.LocalDate.of(2021, 6, 15)));
                return null;
            });
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("之前", "之后"), db.read(em -> em.createQuery(
                    "select s.name from SampleRecord s order by s.id", String.class).getResultList()));
            org.junit.jupiter.api.Assertions.assertTrue(db.verifyAudit().intact());
        }
    }

    private static PGSimpleDataSource admin() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    @AfterAll
    static void dropSchemas() throws Exception {
        if (url == null) {
            return;
        }
        try (Connection c = admin().getConnection(); Statement s = c.createStatement()) {
            for (String schema : SCHEMAS) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }
}
