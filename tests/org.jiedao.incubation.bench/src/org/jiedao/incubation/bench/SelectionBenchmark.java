package org.jiedao.incubation.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.incubation.IncubationSelection;
import org.jiedao.incubation.Records.MatchRow;
import org.jiedao.incubation.StableMatching;
import org.jiedao.incubation.StableMatching.Assignment;
import org.jiedao.testing.Bench;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A selection round of 5,000 projects × 500 communities, 10 applications each (issue 15: matched and
 * explained ≤ 1 s): the matching with its explanations in memory; and a round of 1,000 projects × 100
 * communities imported and run through the service on embedded Derby (load the applications and
 * rankings, match, store one result row per project).
 */
class SelectionBenchmark {

    static final int PROJECTS = 5_000;
    static final int COMMUNITIES = 500;
    static final int APPLICATIONS = 10;
    /** the round run through the service: smaller, since the import of its applications is row by row */
    static final int DB_PROJECTS = 1_000;
    static final int DB_COMMUNITIES = 100;

    @TempDir
    Path dir;

    /** [p][k] community of the project's k-th choice; rank[p][k] the community's rank of it, 0: not ranked */
    static int[][] choices;
    static int[][] ranks;
    static boolean[] excellent;

    static void generate(int projects, int communities) {
        Random random = new Random(20200611);
        choices = new int[projects][APPLICATIONS];
        ranks = new int[projects][APPLICATIONS];
        excellent = new boolean[projects];
        List<Integer> all = new ArrayList<>();
        for (int c = 0; c < communities; c++) {
            all.add(c);
        }
        for (int p = 0; p < projects; p++) {
            excellent[p] = random.nextInt(5) == 0;
            Collections.shuffle(all, random);
            for (int k = 0; k < APPLICATIONS; k++) {
                choices[p][k] = all.get(k);
                ranks[p][k] = random.nextInt(10) < 8 ? 1 + random.nextInt(20) : 0; // 80 % ranked, ranks 1..20 with ties
            }
        }
    }

    static String project(int p) {
        return String.format("B%05d", p);
    }

    static String community(int c) {
        return String.format("999001%03d", c);
    }

    static List<Assignment> match(int projects, int communities) {
        StableMatching m = new StableMatching(1);
        for (int p = 0; p < projects; p++) {
            m.project(project(p), excellent[p]);
        }
        for (int c = 0; c < communities; c++) {
            m.places(community(c), 1 + c % 10);
        }
        long seq = 0;
        for (int p = 0; p < projects; p++) {
            for (int k = 0; k < APPLICATIONS; k++) {
                m.apply(project(p), community(choices[p][k]), k + 1, seq++);
                if (ranks[p][k] > 0) {
                    m.rank(community(choices[p][k]), project(p), ranks[p][k]);
                }
            }
        }
        return m.run();
    }

    @Test
    void matchAndExplain() throws Exception {
        generate(PROJECTS, COMMUNITIES);
        StringBuilder report = new StringBuilder("Startup incubation: selection round of " + PROJECTS + " projects x " + COMMUNITIES
                + " communities, " + APPLICATIONS + " applications each\n");
        double[] memory = new double[7];
        int matched = 0;
        for (int i = 0; i < memory.length; i++) {
            long t = System.nanoTime();
            List<Assignment> result = match(PROJECTS, COMMUNITIES); // building the input, matching, and every project's explanation
            memory[i] = Bench.millisSince(t);
            matched = (int) result.stream().filter(a -> a.community() != null).count();
            assertEquals(PROJECTS, result.size());
        }
        report.append(Bench.line("in memory: input, matching and " + PROJECTS + " explanations (" + matched + " matched)", memory)).append('\n');
        Bench.write(report); // the figure of the issue, written before the slower database part

        // a round through the service on Derby
        generate(DB_PROJECTS, DB_COMMUNITIES);
        matched = (int) match(DB_PROJECTS, DB_COMMUNITIES).stream().filter(a -> a.community() != null).count();
        report.append("through the service: a round of " + DB_PROJECTS + " projects x " + DB_COMMUNITIES + " communities, " + APPLICATIONS
                + " applications each\n");
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        security.signOut();
        units.create("999", "基准区", OrgLevel.DISTRICT, null);
        units.create("999001", "基准街道", OrgLevel.STREET, "999");
        for (int c = 0; c < DB_COMMUNITIES; c++) {
            units.create(community(c), "基准社区" + c, OrgLevel.COMMUNITY, "999001");
        }
        security.createUser("bench-admin", "基准管理员", org.jiedao.core.security.Role.DISTRICT_ADMIN, null, "Bench-Round-2020!".toCharArray());
        security.signIn("bench-admin", "Bench-Round-2020!".toCharArray());
        ExchangeService exchange = Services.await(ExchangeService.class);
        IncubationSelection selection = Services.await(IncubationSelection.class);
        StringBuilder projects = new StringBuilder("code,name,student,school,graduation_year,excellent,community,status\n");
        for (int p = 0; p < DB_PROJECTS; p++) {
            projects.append(project(p)).append(",项目").append(p).append(",是,苏州工艺美院,2021,").append(excellent[p] ? "是" : "否")
                    .append(",999001,applied\n");
        }
        load(exchange, "incubation-projects", projects);
        selection.createRound("bench", "999001");
        StringBuilder applications = new StringBuilder("round,project,community,project_rank\n");
        StringBuilder rankings = new StringBuilder("round,community,project,community_rank,places\n");
        for (int p = 0; p < DB_PROJECTS; p++) {
            for (int k = 0; k < APPLICATIONS; k++) {
                applications.append("bench,").append(project(p)).append(',').append(community(choices[p][k])).append(',').append(k + 1).append('\n');
                if (ranks[p][k] > 0) {
                    rankings.append("bench,").append(community(choices[p][k])).append(',').append(project(p)).append(',').append(ranks[p][k])
                            .append(',').append(1 + choices[p][k] % 10).append('\n');
                }
            }
        }
        long t = System.nanoTime();
        load(exchange, "incubation-applications", applications);
        double importApplications = Bench.millisSince(t);
        t = System.nanoTime();
        load(exchange, "incubation-rankings", rankings);
        double importRankings = Bench.millisSince(t);
        report.append(String.format("import of the round: %d applications %.0f ms, rankings %.0f ms%n", DB_PROJECTS * APPLICATIONS, importApplications,
                importRankings));
        double[] service = new double[5];
        List<MatchRow> rows = List.of();
        for (int i = 0; i < service.length; i++) {
            t = System.nanoTime();
            rows = selection.run("bench"); // load, match, delete the last result, store the new one
            service[i] = Bench.millisSince(t);
        }
        assertEquals(DB_PROJECTS, rows.size());
        assertEquals(matched, rows.stream().filter(r -> r.community() != null).count(), "the service matches as the algorithm does");
        report.append(Bench.line("through the service on Derby: load, match, store " + DB_PROJECTS + " result rows", service)).append('\n');
        double[] explain = new double[5];
        for (int i = 0; i < explain.length; i++) {
            t = System.nanoTime();
            selection.explainText("bench", project(i * 197));
            explain[i] = Bench.millisSince(t);
        }
        report.append(Bench.line("one project's explanation through the service (the round loaded and matched again)", explain)).append('\n');
        Bench.write(report);
    }

    static void load(ExchangeService exchange, String format, CharSequence content) throws Exception {
        Path file = Files.createTempFile(format, ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ImportResult result = exchange.importFile(format, file, ImportOptions.defaults(), null);
        assertEquals(ImportResult.Status.IMPORTED, result.status(), result.problems().toString());
    }
}
