package org.jiedao.incubation.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.incubation.IncubationSelection;
import org.jiedao.testing.BenchReport;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.Test;

/**
 * The imports of a selection round and of the yearly figures through the exchange service (validation
 * pass, one transaction, audit trail on, signed in as a district administrator), each next to a plain
 * JDBC batch of the same number of rows into the same table of the same embedded Derby, in the same
 * run: 5,000 projects in 500 communities, 50,000 applications (10 each), their rankings (80 %
 * ranked), 50,000 figures (10 years). A measurement: it asserts only that everything was imported.
 */
class ImportBenchmark {

    static final int PROJECTS = 5_000;
    static final int COMMUNITIES = 500;
    static final int APPLICATIONS = 10;
    static final int YEARS = 10;
    static final String STREET = "998001";

    static String project(int p) {
        return String.format("I%05d", p);
    }

    static String community(int c) {
        return String.format("998001%03d", c);
    }

    @Test
    void importsAgainstJdbc() throws Exception {
        PersistenceService persistence = Services.await(PersistenceService.class);
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        ExchangeService exchange = Services.await(ExchangeService.class);
        IncubationSelection selection = Services.await(IncubationSelection.class);
        security.signOut();
        units.create("998", "导入基准区", OrgLevel.DISTRICT, null);
        units.create(STREET, "导入基准街道", OrgLevel.STREET, "998");
        for (int c = 0; c < COMMUNITIES; c++) {
            units.create(community(c), "导入基准社区" + c, OrgLevel.COMMUNITY, STREET);
        }
        String streetPath = units.find(STREET).orElseThrow().path();
        security.createUser("bench-import", "导入基准", Role.DISTRICT_ADMIN, null, "Daoru-Jizhun-2020!".toCharArray());
        security.signIn("bench-import", "Daoru-Jizhun-2020!".toCharArray());
        BenchReport report = new BenchReport();
        report.line("Startup incubation imports: %d projects in %d communities, %d applications each, %d years of figures; load average %.1f, %d cores",
                PROJECTS, COMMUNITIES, APPLICATIONS, YEARS, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());

        Random random = new Random(20200611);
        StringBuilder projects = new StringBuilder("code,name,student,school,graduation_year,excellent,community,status\n");
        for (int p = 0; p < PROJECTS; p++) {
            projects.append(project(p)).append(",导入项目").append(p).append(",是,苏州工艺美院,2021,").append(random.nextInt(5) == 0 ? "是" : "否")
                    .append(',').append(STREET).append(",applied\n");
        }
        double projectsSeconds = load(exchange, "incubation-projects", projects, PROJECTS);
        report.line("incubation-projects, %,d rows: %.1f s (%.0f rows/s)", PROJECTS, projectsSeconds, PROJECTS / projectsSeconds);
        selection.createRound("import-bench", STREET);
        selection.createRound("jdbc-bench", STREET); // the JDBC rows' round: the same table, no clash with the imported rows
        long[] ids = new long[PROJECTS];
        long[] roundIds = new long[2];
        persistence.read(em -> {
            for (Object[] row : em.createQuery("select p.code, p.id from IncubationProject p where p.code like 'I%'", Object[].class).getResultList()) {
                ids[Integer.parseInt(((String) row[0]).substring(1))] = (Long) row[1];
            }
            for (Object[] row : em.createQuery("select r.name, r.id from IncubationRound r", Object[].class).getResultList()) {
                roundIds[row[0].equals("import-bench") ? 0 : 1] = (Long) row[1];
            }
            return null;
        });

        // the round: each project applies to 10 communities, 80 % of the applications are ranked
        List<Integer> all = new ArrayList<>();
        for (int c = 0; c < COMMUNITIES; c++) {
            all.add(c);
        }
        StringBuilder applications = new StringBuilder("round,project,community,project_rank\n");
        StringBuilder rankings = new StringBuilder("round,community,project,community_rank,places\n");
        List<int[]> applied = new ArrayList<>(); // {project, community, rank}
        List<int[]> ranked = new ArrayList<>(); // {project, community, communityRank, places}
        for (int p = 0; p < PROJECTS; p++) {
            Collections.shuffle(all, random);
            for (int k = 0; k < APPLICATIONS; k++) {
                int c = all.get(k);
                applications.append("import-bench,").append(project(p)).append(',').append(community(c)).append(',').append(k + 1).append('\n');
                applied.add(new int[] { p, c, k + 1 });
                if (random.nextInt(10) < 8) {
                    int rank = 1 + random.nextInt(20);
                    rankings.append("import-bench,").append(community(c)).append(',').append(project(p)).append(',').append(rank).append(',')
                            .append(1 + c % 10).append('\n');
                    ranked.add(new int[] { p, c, rank, 1 + c % 10 });
                }
            }
        }
        String[] paths = new String[COMMUNITIES];
        for (int c = 0; c < COMMUNITIES; c++) {
            paths[c] = units.find(community(c)).orElseThrow().path();
        }

        double importSeconds = load(exchange, "incubation-applications", applications, applied.size());
        double jdbcSeconds = jdbc(persistence, "INSERT INTO INCUBATION_APPLICATION (ID, VERSION, ROUND_ID, PROJECT_ID, PROJECT_RANK, UNIT_CODE, UNIT_PATH) "
                + "VALUES (?, 1, ?, ?, ?, ?, ?)", applied.size(), (insert, i) -> {
                    int[] a = applied.get(i);
                    insert.setLong(1, 90_000_000_000L + i);
                    insert.setLong(2, roundIds[1]);
                    insert.setLong(3, ids[a[0]]);
                    insert.setInt(4, a[2]);
                    insert.setString(5, community(a[1]));
                    insert.setString(6, paths[a[1]]);
                });
        compare(report, "incubation-applications", applied.size(), importSeconds, jdbcSeconds);

        importSeconds = load(exchange, "incubation-rankings", rankings, ranked.size());
        jdbcSeconds = jdbc(persistence, "INSERT INTO INCUBATION_RANKING (ID, VERSION, ROUND_ID, PROJECT_ID, COMMUNITY_RANK, PLACES, UNIT_CODE, UNIT_PATH) "
                + "VALUES (?, 1, ?, ?, ?, ?, ?, ?)", ranked.size(), (insert, i) -> {
                    int[] k = ranked.get(i);
                    insert.setLong(1, 91_000_000_000L + i);
                    insert.setLong(2, roundIds[1]);
                    insert.setLong(3, ids[k[0]]);
                    insert.setInt(4, k[2]);
                    insert.setInt(5, k[3]);
                    insert.setString(6, community(k[1]));
                    insert.setString(7, paths[k[1]]);
                });
        compare(report, "incubation-rankings", ranked.size(), importSeconds, jdbcSeconds);

        StringBuilder figures = new StringBuilder("year,project,jobs,turnover\n");
        int[] jobs = new int[PROJECTS * YEARS];
        long[] cents = new long[PROJECTS * YEARS];
        for (int y = 0; y < YEARS; y++) {
            for (int p = 0; p < PROJECTS; p++) {
                int i = y * PROJECTS + p;
                jobs[i] = random.nextInt(30);
                cents[i] = random.nextInt(100_000_000);
                figures.append(2011 + y).append(',').append(project(p)).append(',').append(jobs[i]).append(',')
                        .append(BigDecimal.valueOf(cents[i], 2).toPlainString()).append('\n');
            }
        }
        importSeconds = load(exchange, "incubation-figures", figures, jobs.length);
        jdbcSeconds = jdbc(persistence, "INSERT INTO INCUBATION_FIGURE (ID, VERSION, PROJECT_ID, FIGURE_YEAR, JOBS, TURNOVER, UNIT_CODE, UNIT_PATH) "
                + "VALUES (?, 1, ?, ?, ?, ?, ?, ?)", jobs.length, (insert, i) -> {
                    insert.setLong(1, 92_000_000_000L + i);
                    insert.setLong(2, ids[i % PROJECTS]);
                    insert.setInt(3, 2101 + i / PROJECTS); // other years than the imported ones: the same table, no clash
                    insert.setInt(4, jobs[i]);
                    insert.setBigDecimal(5, BigDecimal.valueOf(cents[i], 2));
                    insert.setString(6, STREET);
                    insert.setString(7, streetPath);
                });
        compare(report, "incubation-figures", jobs.length, importSeconds, jdbcSeconds);
        // a second import of the same figures replaces every row (each one found among the year's recorded figures)
        importSeconds = load(exchange, "incubation-figures", figures, jobs.length);
        report.line("incubation-figures again, %,d rows replaced: %.1f s (%.0f rows/s)", jobs.length, importSeconds, jobs.length / importSeconds);
        report.write();
    }

    interface Row {
        void set(PreparedStatement insert, int i) throws SQLException;
    }

    /** @return seconds to insert the rows with a plain JDBC batch (1,000 a batch, one transaction) */
    static double jdbc(PersistenceService persistence, String sql, int rows, Row row) {
        long t = System.nanoTime();
        persistence.transaction(em -> {
            Connection c = em.unwrap(Connection.class);
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                for (int i = 0; i < rows; i++) {
                    row.set(insert, i);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        return (System.nanoTime() - t) / 1e9;
    }

    static void compare(BenchReport report, String format, int rows, double importSeconds, double jdbcSeconds) {
        report.line("%s, %,d rows: import %.1f s (%.0f rows/s) | plain JDBC batch %.1f s (%.0f rows/s) | import rate / JDBC rate %.2f (goal 0.50)",
                format, rows, importSeconds, rows / importSeconds, jdbcSeconds, rows / jdbcSeconds, jdbcSeconds / importSeconds);
    }

    /** @return seconds of the import (validation pass and one transaction) */
    static double load(ExchangeService exchange, String format, CharSequence content, int rows) throws Exception {
        Path file = Files.createTempFile(format, ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        long t = System.nanoTime();
        ImportResult result = exchange.importFile(format, file, ImportOptions.defaults(), null);
        double seconds = (System.nanoTime() - t) / 1e9;
        assertEquals(ImportResult.Status.IMPORTED, result.status(), result.problems().toString());
        assertEquals(rows, result.rowsWritten());
        Files.delete(file);
        return seconds;
    }
}
