package org.jiedao.incubation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ExportOptions;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.exchange.Problem;
import org.jiedao.exchange.RecordFormat;
import org.jiedao.incubation.IncubationDesks;
import org.jiedao.incubation.IncubationQueries;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.IncubationSelection;
import org.jiedao.incubation.internal.contrib.Formats;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ten formats: exact column keys, good files (English and Chinese headers), bad files refused whole with row and column. */
class FormatsTest {

    static ExchangeService exchange;
    static PersistenceService persistence;
    static IncubationRegistry registry;
    static IncubationSelection selection;
    static IncubationDesks desks;
    static IncubationQueries queries;

    @TempDir
    Path dir;

    @BeforeAll
    static void services() {
        IncubationTest.organisation();
        exchange = Services.await(ExchangeService.class);
        persistence = Services.await(PersistenceService.class);
        registry = Services.await(IncubationRegistry.class);
        selection = Services.await(IncubationSelection.class);
        desks = Services.await(IncubationDesks.class);
        queries = Services.await(IncubationQueries.class);
    }

    @BeforeEach
    void clean() throws Exception {
        IncubationTest.security.signOut();
        Tables.clear(persistence);
        IncubationTest.signIn("street-i");
    }

    ImportResult load(String format, String content) throws Exception {
        Path file = dir.resolve(format + System.nanoTime() + ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return exchange.importFile(format, file, ImportOptions.defaults(), null);
    }

    String export(String format, Map<String, String> filters) throws Exception {
        Path file = dir.resolve(format + System.nanoTime() + "-out.csv");
        exchange.exportFile(format, file, new ExportOptions(filters, false, Optional.empty()), null);
        return Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r\n", "\n");
    }

    static void refused(ImportResult result, int row, String column) {
        assertEquals(ImportResult.Status.INVALID, result.status(), result.problems().toString());
        assertEquals(0, result.rowsWritten());
        Problem p = result.problems().get(0);
        assertEquals(row, p.row(), result.problems().toString());
        assertEquals(Optional.of(column), p.column(), result.problems().toString());
    }

    static final String PROJECTS = "code,name,founder,phone,sector,student,school,graduation_year,excellent,community,entry_date,exit_date,status\n";

    @Test
    void theFormatsHaveTheirExactColumnKeys() {
        Map<RecordFormat, String> expected = Map.of(new Formats.Stations(), "community,name,address,opened_on,closed_on,guidance_room",
                new Formats.Projects(), PROJECTS.strip(), new Formats.Figures(), "year,project,jobs,turnover",
                new Formats.Consultations(), "date,community,topic,resident,handled_by", new Formats.Sessions(), "date,community,title,attendance",
                new Formats.Siyb(), "cohort,start_date,end_date,trainer,participants,graduates",
                new Formats.Desks(), "incubator,student,school,graduation_year,project,from,to",
                new Formats.Applications(), "round,project,community,project_rank",
                new Formats.Rankings(), "round,community,project,community_rank,places",
                new Formats.Matches(), "round,project,community,project_rank,community_rank");
        expected.forEach((format, keys) -> assertEquals(keys, String.join(",", format.columns().stream().map(Column::key).toList())));
        for (String id : List.of("incubation-stations", "incubation-projects", "incubation-figures", "incubation-consultations",
                "incubation-sessions", "incubation-siyb", "incubation-desks", "incubation-applications", "incubation-rankings",
                "incubation-matches")) {
            assertTrue(exchange.formats().stream().anyMatch(f -> f.id().equals(id)), id);
        }
    }

    @Test
    void goodFilesImportAndExport() throws Exception {
        ImportResult r = load("incubation-stations", "社区,驿站名称,地址,启用日期,关闭日期,助理指导室\n桂花社区,桂花社区创业驿站,桂花新村,2018-06-01,,是\n"
                + "320508001002,道前社区创业驿站,,2018-06-01,,是\n");
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r.problems().toString());
        assertEquals(2, registry.stations().size());
        r = load("incubation-projects", PROJECTS + "GH-01,桂花手作,张三,13912345678,文创,否,,,否,桂花社区,2018-07-01,,resident\n"
                + "DQ-01,道前咖啡,李四,,餐饮,是,苏州工艺美院,2019,是,道前社区,2018-09-01,2020-01-31,exited\n");
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r.problems().toString());
        r = load("incubation-figures", "year,project,jobs,turnover\n2019,GH-01,12,350000.50\n2019,DQ-01,8,120000\n");
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r.problems().toString());
        assertEquals(20, queries.totals(2019, IncubationTest.STREET).jobs());
        assertEquals("470000.50", queries.totals(2019, IncubationTest.STREET).turnover().toPlainString());
        r = load("incubation-figures", "year,project,jobs,turnover\n2019,GH-01,15,400000\n2020,GH-01,16,1.5\n"); // 2019 replaced, 2020 added
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r.problems().toString());
        assertEquals(23, queries.totals(2019, IncubationTest.STREET).jobs());
        assertEquals("520000.00", queries.totals(2019, IncubationTest.STREET).turnover().toPlainString());
        assertEquals("1.50", queries.totals(2020, IncubationTest.STREET).turnover().toPlainString());
        sumsAreTheFiguresAddedUp();
        countsAreTheProjectsCounted();
        IncubationTest.signIn("street-i");
        r = load("incubation-consultations", "date,community,topic,resident,handled_by\n2019-05-06,桂花社区,创业担保贷款,王五,周老师\n");
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r.problems().toString());
        r = load("incubation-sessions", "date,community,title,attendance\n2019-05-18,道前社区,便民理发,35\n");
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r.problems().toString());
        r = load("incubation-siyb", "cohort,start_date,end_date,trainer,participants,graduates\nSIYB-2019-1,2019-03-01,2019-03-10,陈老师,30,28\n");
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r.problems().toString());
        assertEquals(28, queries.totals(2019, IncubationTest.STREET).siybGraduates());
        registry.addIncubator(IncubationTest.STREET, "谷·姑苏社", 1, true);
        r = load("incubation-desks", "incubator,student,school,graduation_year,project,from,to\n谷·姑苏社,王一,苏州工艺美院,2021,,2021-01-01,2021-06-30\n"
                + "谷·姑苏社,王二,苏州工艺美院,2021,,2021-07-01,2021-12-31\n");
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r.problems().toString());
        String out = export("incubation-projects", Map.of());
        assertTrue(out.startsWith(PROJECTS), out);
        assertTrue(out.contains("GH-01,桂花手作,张三,13912345678"), out);
        assertTrue(export("incubation-desks", Map.of()).contains("谷·姑苏社,王二,苏州工艺美院,2021,,2021-07-01,2021-12-31"));
    }

    /** The kept sums per unit and year equal a real GROUP BY of the figures. */
    static void sumsAreTheFiguresAddedUp() {
        IncubationTest.security.signOut();
        IncubationTest.persistence.read(em -> {
            List<?> grouped = em.createNativeQuery("SELECT UNIT_CODE, FIGURE_YEAR, SUM(JOBS), SUM(TURNOVER), COUNT(*) FROM INCUBATION_FIGURE "
                    + "GROUP BY UNIT_CODE, FIGURE_YEAR ORDER BY UNIT_CODE, FIGURE_YEAR").getResultList().stream().map(r -> java.util.Arrays.toString(
                            new Object[] { ((Object[]) r)[0], ((Number) ((Object[]) r)[1]).intValue(), ((Number) ((Object[]) r)[2]).longValue(),
                                    new java.math.BigDecimal(((Object[]) r)[3].toString()).setScale(2), ((Number) ((Object[]) r)[4]).intValue() })).toList();
            List<?> kept = em.createNativeQuery("SELECT UNIT_CODE, SUM_YEAR, JOBS, TURNOVER, FIGURES FROM INCUBATION_FIGURE_SUM WHERE FIGURES > 0 "
                    + "ORDER BY UNIT_CODE, SUM_YEAR").getResultList().stream().map(r -> java.util.Arrays.toString(new Object[] { ((Object[]) r)[0],
                            ((Number) ((Object[]) r)[1]).intValue(), ((Number) ((Object[]) r)[2]).longValue(),
                            new java.math.BigDecimal(((Object[]) r)[3].toString()).setScale(2), ((Number) ((Object[]) r)[4]).intValue() })).toList();
            assertEquals(grouped, kept);
            assertTrue(!kept.isEmpty());
            return null;
        });
    }

    /**
     * The kept entries and exits per unit and year equal a real GROUP BY of the projects (by unit and day, folded into
     * years here: the same SQL on Derby and PostgreSQL), and the projects resident in each year counted from them equal
     * a count over the projects themselves.
     */
    static void countsAreTheProjectsCounted() {
        IncubationTest.security.signOut();
        IncubationTest.persistence.read(em -> {
            java.util.Map<String, int[]> grouped = new java.util.TreeMap<>();
            for (Object o : em.createNativeQuery("SELECT UNIT_CODE, ENTRY_DATE, EXIT_DATE, COUNT(*) FROM INCUBATION_PROJECT WHERE STATUS <> 'APPLIED' "
                    + "AND ENTRY_DATE IS NOT NULL GROUP BY UNIT_CODE, ENTRY_DATE, EXIT_DATE").getResultList()) {
                Object[] r = (Object[]) o;
                int n = ((Number) r[3]).intValue();
                grouped.computeIfAbsent(r[0] + "/" + year(r[1]), k -> new int[2])[0] += n;
                if (r[2] != null) {
                    grouped.computeIfAbsent(r[0] + "/" + year(r[2]), k -> new int[2])[1] += n;
                }
            }
            java.util.Map<String, int[]> kept = new java.util.TreeMap<>();
            for (Object o : em.createNativeQuery("SELECT UNIT_CODE, COUNT_YEAR, ENTERED, EXITED FROM INCUBATION_PROJECT_COUNT "
                    + "WHERE ENTERED <> 0 OR EXITED <> 0").getResultList()) {
                Object[] r = (Object[]) o;
                int[] k = kept.computeIfAbsent(r[0] + "/" + ((Number) r[1]).intValue(), x -> new int[2]); // an entry row and an exit row
                k[0] += ((Number) r[2]).intValue();
                k[1] += ((Number) r[3]).intValue();
            }
            assertEquals(text(grouped), text(kept));
            assertTrue(!kept.isEmpty());
            return null;
        });
        for (int year = 2015; year <= 2025; year++) {
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate to = LocalDate.of(year, 12, 31);
            long counted = IncubationTest.persistence.read(em -> em.createQuery("select count(p) from IncubationProject p where p.status <> 'APPLIED' "
                    + "and p.entryDate <= :to and (p.exitDate is null or p.exitDate >= :from)", Long.class).setParameter("from", from)
                    .setParameter("to", to).getSingleResult());
            assertEquals(counted, IncubationTest.queries.totals(year, null).projects(), "projects resident in " + year);
        }
    }

    private static int year(Object day) {
        return day instanceof java.sql.Date d ? d.toLocalDate().getYear() : day instanceof LocalDate l ? l.getYear()
                : LocalDate.parse(day.toString().substring(0, 10)).getYear();
    }

    private static String text(java.util.Map<String, int[]> counts) {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> b.append(k).append('=').append(v[0]).append('/').append(v[1]).append('\n'));
        return b.toString();
    }

    @Test
    void aSelectionRoundComesInByFilesAndItsResultGoesOut() throws Exception {
        registry.addStation(IncubationTest.GUIHUA, "桂花驿站", null, LocalDate.of(2018, 6, 1), null, true);
        registry.addStation(IncubationTest.DAOQIAN, "道前驿站", null, LocalDate.of(2018, 6, 1), null, true);
        assertEquals(ImportResult.Status.IMPORTED, load("incubation-projects", PROJECTS + "S1,甲,,,文创,是,苏州工艺美院,2021,否,沧浪街道,,,applied\n"
                + "S2,乙,,,文创,是,苏州工艺美院,2021,是,沧浪街道,,,applied\nS3,丙,,,文创,是,苏州工艺美院,2021,否,沧浪街道,,,\n").status());
        selection.createRound("2020-1", IncubationTest.STREET);
        selection.createRound("2020-2", IncubationTest.STREET);
        ImportResult r = load("incubation-applications", "轮次,项目编号,社区,项目志愿\n2020-1,S1,桂花社区,1\n2020-1,S1,道前社区,2\n2020-1,S2,桂花社区,1\n"
                + "2020-1,S3,道前社区,1\n");
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r.problems().toString());
        r = load("incubation-rankings", "round,community,project,community_rank,places\n2020-1,桂花社区,S1,1,1\n2020-1,桂花社区,S2,1,1\n"
                + "2020-1,道前社区,S1,1,1\n2020-1,道前社区,S3,2,1\n");
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r.problems().toString());
        assertEquals("round,project,community,project_rank,community_rank\n", export("incubation-matches", Map.of("round", "2020-1")),
                "no result before a run: the header only");
        selection.run("2020-1");
        assertEquals("round,project,community,project_rank,community_rank\n2020-1,S1," + IncubationTest.DAOQIAN + ",2,1\n2020-1,S2,"
                + IncubationTest.GUIHUA + ",1,1\n2020-1,S3,,,\n", export("incubation-matches", Map.of("round", "2020-1")));
        assertEquals("round,project,community,project_rank\n", export("incubation-applications", Map.of("round", "2020-2")));
        // a later file: 桂花社区 now has 2 places (its ranking recorded before takes them too) and ranks S2 anew; the result is stale
        r = load("incubation-rankings", "round,community,project,community_rank,places\n2020-1,桂花社区,S2,2,2\n");
        assertEquals(ImportResult.Status.IMPORTED, r.status(), r.problems().toString());
        String rankings = export("incubation-rankings", Map.of("round", "2020-1"));
        assertTrue(rankings.contains("2020-1," + IncubationTest.GUIHUA + ",S1,1,2\n") && rankings.contains("2020-1," + IncubationTest.GUIHUA
                + ",S2,2,2\n") && rankings.contains("2020-1," + IncubationTest.DAOQIAN + ",S3,2,1\n"), rankings);
        assertEquals(org.jiedao.incubation.RoundStatus.OPEN, selection.rounds().stream().filter(x -> x.name().equals("2020-1")).findFirst()
                .orElseThrow().status());
    }

    @Test
    void badFilesAreRefusedWholeWithRowAndColumn() throws Exception {
        // unknown community
        refused(load("incubation-stations", "community,name,address,opened_on,closed_on,guidance_room\n桂花社区,甲,,2018-06-01,,是\n"
                + "不存在社区,乙,,2018-06-01,,是\n"), 3, "community");
        assertEquals(0, registry.stations().size());
        // a project code twice, and exit before entry
        refused(load("incubation-projects", PROJECTS + "GH-01,甲,,,,否,,,否,桂花社区,2018-07-01,,\nGH-01,乙,,,,否,,,否,桂花社区,2018-07-01,,\n"), 3,
                "code");
        refused(load("incubation-projects", PROJECTS + "GH-02,甲,,,,否,,,否,桂花社区,2018-07-01,2018-06-30,\n"), 2, "exit_date");
        assertEquals(0, registry.projects(null, null).size());
        load("incubation-projects", PROJECTS + "GH-01,甲,,,,否,,,否,桂花社区,2018-07-01,,\n");
        refused(load("incubation-projects", PROJECTS + "GH-01,甲,,,,否,,,否,桂花社区,2018-07-01,,\n"), 2, "code");
        // negative jobs, a turnover that is not yuan with at most 2 decimals
        refused(load("incubation-figures", "year,project,jobs,turnover\n2019,GH-01,1,10\n2019,GH-01,-3,10\n"), 3, "jobs");
        refused(load("incubation-figures", "year,project,jobs,turnover\n2019,GH-01,1,10.005\n"), 2, "turnover");
        refused(load("incubation-figures", "year,project,jobs,turnover\n2019,GH-01,1,五万\n"), 2, "turnover");
        refused(load("incubation-figures", "year,project,jobs,turnover\n2019,XX-99,1,10\n"), 2, "project");
        assertEquals(0, queries.totals(2019, null).jobs());
        // a ranking of a project that did not apply, places below 0
        load("incubation-projects", PROJECTS + "S1,甲,,,文创,是,苏州工艺美院,2021,否,沧浪街道,,,applied\n");
        selection.createRound("R", IncubationTest.STREET);
        load("incubation-applications", "round,project,community,project_rank\nR,S1,桂花社区,1\n");
        refused(load("incubation-rankings", "round,community,project,community_rank,places\nR,桂花社区,S1,1,1\nR,道前社区,S1,1,1\n"), 3, "project");
        refused(load("incubation-rankings", "round,community,project,community_rank,places\nR,桂花社区,S1,1,-1\n"), 2, "places");
        refused(load("incubation-applications", "round,project,community,project_rank\nR,S1,道前社区,1\n"), 2, "project_rank");
        assertEquals(0, selection.rounds().get(0).rankings());
        // a desk beyond the reservation (within the file), an ineligible student
        registry.addIncubator(IncubationTest.STREET, "悦未来青年创业公社", 1, false);
        ImportResult full = load("incubation-desks", "incubator,student,school,graduation_year,project,from,to\n"
                + "悦未来青年创业公社,王一,苏州工艺美院,2021,,2021-01-01,2021-06-30\n悦未来青年创业公社,王二,苏州工艺美院,2021,,2021-06-30,2021-12-31\n");
        refused(full, 3, "to");
        assertTrue(full.problems().get(0).message().contains("2021-06-30") && full.problems().get(0).message().contains("王一"),
                full.problems().toString());
        refused(load("incubation-desks", "incubator,student,school,graduation_year,project,from,to\n"
                + "悦未来青年创业公社,王三,苏州工艺美院,2015,,2021-01-01,2021-06-30\n"), 2, "graduation_year");
        assertEquals(0, desks.allocations("悦未来青年创业公社", null).size());
    }
}
