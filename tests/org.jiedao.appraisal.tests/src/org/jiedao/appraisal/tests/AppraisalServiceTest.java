package org.jiedao.appraisal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.jiedao.appraisal.AppraisalException;
import org.jiedao.appraisal.AppraisalService;
import org.jiedao.appraisal.AppraisalService.CadreExplanation;
import org.jiedao.appraisal.AppraisalService.GroupGrades;
import org.jiedao.appraisal.FollowUpKind;
import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.ExplanationText;
import org.jiedao.appraisal.rules.AppraisalSettings;
import org.jiedao.appraisal.rules.Explanation;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ExportOptions;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.exchange.Problem;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The appraisal module on embedded Derby with the platform's security: imports of good and bad
 * files (all-or-nothing), grading a year, publication lock and audited unlock, rater anonymity,
 * settings kept per year, the grades export.
 */
class AppraisalServiceTest {

    static final String PASSWORD = "Appraisal-2024!";
    static PersistenceService persistence;
    static SecurityService security;
    static ExchangeService exchange;
    static AppraisalService appraisal;

    @TempDir
    Path dir;

    @BeforeAll
    static void organisation() {
        persistence = Services.await(PersistenceService.class);
        security = Services.await(SecurityService.class);
        exchange = Services.await(ExchangeService.class);
        appraisal = Services.await(AppraisalService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        security.signOut();
        if (units.find("X").isEmpty()) {
            units.create("X", "相城区", OrgLevel.DISTRICT, null);
            units.create("X-1", "元和街道", OrgLevel.STREET, "X");
            units.create("X-1-1", "华辰嘉园社区", OrgLevel.COMMUNITY, "X-1");
            units.create("X-1-2", "华元社区", OrgLevel.COMMUNITY, "X-1");
            security.createUser("admin-x", "区管理员", Role.DISTRICT_ADMIN, "X", PASSWORD.toCharArray());
            security.createUser("officer-x1", "元和街道工作人员", Role.STREET_OFFICER, "X-1", PASSWORD.toCharArray());
            security.createUser("worker-x11", "华辰嘉园社区工作者", Role.COMMUNITY_WORKER, "X-1-1", PASSWORD.toCharArray());
            security.createUser("admin-all", "区管理员（无单位）", Role.DISTRICT_ADMIN, null, PASSWORD.toCharArray());
        }
    }

    @BeforeEach
    void clean() throws Exception {
        security.signOut();
        persistence.transaction(em -> {
            for (String entity : List.of("ScoreEntity", "LevelSumEntity", "ExamEntity", "HonourEntity", "GradeEntity", "FollowUpEntity", "UnlockEntity",
                    "YearEntity", "CadreEntity")) {
                em.createQuery("delete from " + entity).executeUpdate();
            }
            return null;
        });
        security.signIn("admin-x", PASSWORD.toCharArray());
    }

    @AfterEach
    void signOut() {
        security.signOut();
        keptSumsEqualTheScoreRows();
    }

    /**
     * The sums kept per year, quarter, cadre, rater level and unit (APR_LEVEL_SUM, which grading reads)
     * equal a GROUP BY of the score rows, whatever the test did: imports, re-imports replacing scores,
     * refused imports, saved and refused rounds. Read with nobody signed in (no scope).
     */
    static void keptSumsEqualTheScoreRows() {
        security.signOut();
        Map<String, String> grouped = new java.util.TreeMap<>();
        persistence.read(em -> em.createQuery("select s.year, s.quarter, s.cadreId, s.level, s.unitCode, count(s), sum(s.de), "
                + "sum(s.neng), sum(s.qin), sum(s.ji), sum(s.lian), min(s.unitPath) from ScoreEntity s "
                + "group by s.year, s.quarter, s.cadreId, s.level, s.unitCode", Object[].class).getResultList())
                .forEach(r -> grouped.put(sumKey(r), sumValues(r)));
        Map<String, String> kept = new java.util.TreeMap<>();
        persistence.read(em -> em.createQuery("select t.year, t.quarter, t.cadreId, t.level, t.unitCode, t.raters, t.de, t.neng, t.qin, "
                + "t.ji, t.lian, t.unitPath from LevelSumEntity t", Object[].class).getResultList())
                .forEach(r -> kept.put(sumKey(r), sumValues(r)));
        assertEquals(grouped, kept, "the kept level sums equal a GROUP BY of the score rows");
    }

    private static String sumKey(Object[] r) {
        return r[0] + "/" + r[1] + "/" + r[2] + "/" + r[3] + "/" + r[4];
    }

    private static String sumValues(Object[] r) {
        StringBuilder values = new StringBuilder().append(((Number) r[5]).longValue());
        for (int i = 6; i <= 10; i++) {
            values.append(' ').append(new BigDecimal(r[i].toString()).stripTrailingZeros().toPlainString());
        }
        return values.append(' ').append(r[11]).toString();
    }

    static long count(String entity) {
        return persistence.read(em -> em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult());
    }

    Path write(String name, List<String> lines) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    ImportResult importFile(String format, Path file) throws Exception {
        return exchange.importFile(format, file, ImportOptions.defaults(), new NullProgressMonitor());
    }

    /**
     * 15 cadres of 元和街道 (G15 without scores). Cadre i scores superior 95-2i, two peers 90-2i,
     * subordinate 85-2i in every quarter: quarterly 90.5-2i; exam 80 (G02 none); G03 a district
     * honour; G14 was D in 2022. Annual = 79.35 - 1.4i (+5 for G03, -16 for G02).
     */
    static void loadYear(Path dir, AppraisalServiceTest test) throws Exception {
        List<String> cadres = new ArrayList<>(List.of("干部编号,姓名,单位,职务"));
        List<String> scores = new ArrayList<>(List.of("year,quarter,cadre_id,rater_id,rater_level,de,neng,qin,ji,lian"));
        List<String> exams = new ArrayList<>(List.of("year,cadre_id,score"));
        for (int i = 1; i <= 15; i++) {
            String id = String.format("G%02d", i);
            cadres.add(id + ",干部" + i + "," + (i % 2 == 0 ? "华元社区" : "X-1-1") + ",科员");
            if (i == 15) {
                continue;
            }
            for (int q = 1; q <= 4; q++) {
                scores.add(row(2024, q, id, "S-" + i, "superior", 95 - 2 * i));
                scores.add(row(2024, q, id, "P1-" + i, "同级", 90 - 2 * i));
                scores.add(row(2024, q, id, "P2-" + i, "peer", 90 - 2 * i));
                scores.add(row(2024, q, id, "U-" + i, "下级", 85 - 2 * i));
            }
            if (i != 2) {
                exams.add("2024," + id + ",80");
            }
        }
        assertEquals(ImportResult.Status.IMPORTED, test.importFile("cadres", test.write("cadres.csv", cadres)).status());
        assertEquals(ImportResult.Status.IMPORTED, test.importFile("appraisal-scores", test.write("scores.csv", scores)).status());
        assertEquals(ImportResult.Status.IMPORTED, test.importFile("appraisal-exams", test.write("exams.csv", exams)).status());
        assertEquals(ImportResult.Status.IMPORTED, test.importFile("appraisal-honours",
                test.write("honours.csv", List.of("年度,干部编号,级别,荣誉名称", "2024,G03,区级,优秀共产党员"))).status());
        assertEquals(ImportResult.Status.IMPORTED, test.importFile("appraisal-history",
                test.write("history.csv", List.of("year,cadre_id,grade", "2022,G14,D", "2023,G14,B", "2023,G01,A"))).status());
    }

    static String row(int year, int quarter, String cadre, String rater, String level, int score) {
        return year + "," + quarter + "," + cadre + "," + rater + "," + level + "," + score + "," + score + "," + score + "," + score
                + "," + score;
    }

    @Test
    void aYearIsGradedFromImportedFilesExactlyAsTheRulesSay() throws Exception {
        loadYear(dir, this);
        assertEquals(15, count("CadreEntity"));
        assertEquals(224, count("ScoreEntity"));
        List<GroupGrades> groups = appraisal.grade(2024, null);
        assertEquals(1, groups.size());
        GroupGrades group = groups.get(0);
        assertEquals("X", group.group().code(), "default group: the top unit the user administers");
        assertEquals(14, group.result().graded());
        assertEquals(Map.of(Grade.A, 3, Grade.B, 6, Grade.C, 4, Grade.D, 1), group.result().quotas());
        List<Explanation> list = group.result().explanations();
        assertEquals("G03", list.get(0).cadreId());
        assertEquals("80.15", list.get(0).annualScore().orElseThrow().toPlainString());
        assertEquals("G02", list.get(12).cadreId());
        assertEquals("60.55", list.get(12).annualScore().orElseThrow().toPlainString());
        assertEquals(Grade.C, list.get(12).grade().orElseThrow());
        Explanation last = list.get(13);
        assertEquals("G14", last.cadreId());
        assertEquals(Grade.D, last.grade().orElseThrow());
        assertEquals(2, last.dYears(), "2022 and 2024");
        assertEquals("0.25", last.bonusFactor().orElseThrow().setScale(2).toPlainString());
        assertEquals("G15", list.get(14).cadreId());
        assertFalse(list.get(14).graded());

        // the street alone is a group of its own; a community too
        assertEquals(14, appraisal.grade(2024, "X-1").get(0).result().graded());
        assertEquals(7, appraisal.grade(2024, "X-1-1").get(0).result().graded());

        // export: the contract's columns, scores and bonus factors with 2 decimals
        Path out = dir.resolve("grades.csv");
        exchange.exportFile("appraisal-grades", out, new ExportOptions(Map.of("year", "2024"), false, java.util.Optional.empty()),
                new NullProgressMonitor());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("\uFEFFyear,cadre_id,name,annual_score,rank,grade,d_years,bonus_factor", lines.get(0));
        assertEquals("2024,G03,干部3,80.15,1,A,0,1.00", lines.get(1));
        assertEquals("2024,G01,干部1,77.95,2,A,0,1.00", lines.get(2));
        assertEquals("2024,G14,干部14,59.75,14,D,2,0.25", lines.get(14));
        assertEquals("2024,G15,干部15,,,,0,", lines.get(15));
    }

    /**
     * Grading reads the kept level sums: a re-import that corrects a score, moves a rater to another
     * level and adds a rater changes the sums (checked against a GROUP BY after each step), a refused
     * file changes nothing, and the explanation shows the new counts and means.
     */
    @Test
    void reimportedExamsReplaceTheRecordedScoreAndRecordedHonoursAreNotAddedTwice() throws Exception {
        loadYear(dir, this);
        assertEquals(13, count("ExamEntity"));
        assertEquals(1, count("HonourEntity"));
        assertEquals(ImportResult.Status.IMPORTED, importFile("appraisal-exams", write("exams2.csv", List.of("year,cadre_id,score",
                "2024,G01,91.5", "2024,G02,77", "2025,G01,60"))).status());
        assertEquals(15, count("ExamEntity"), "G02's 2024 exam and G01's 2025 exam are new, G01's 2024 exam replaced");
        assertEquals(0, new BigDecimal("91.5").compareTo(persistence.read(em -> em.createQuery(
                "select e.score from ExamEntity e where e.year = 2024 and e.cadreId = 'G01'", BigDecimal.class).getSingleResult())));
        assertEquals(ImportResult.Status.IMPORTED, importFile("appraisal-honours", write("honours2.csv", List.of("年度,干部编号,级别,荣誉名称",
                "2024,G03,区级,优秀共产党员", "2024,G03,街道级,优秀共产党员", "2024,G05,区级,优秀共产党员"))).status());
        assertEquals(3, count("HonourEntity"), "the recorded one left as it is, the two others added");
        Explanation g01 = appraisal.grade(2024, null).get(0).result().explanations().stream().filter(e -> e.cadreId().equals("G01"))
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("91.5").compareTo(g01.exam().orElseThrow()), "graded with the new exam");
    }

    @Test
    void reimportsKeepTheLevelSumsThatGradingReads() throws Exception {
        loadYear(dir, this);
        keptSumsEqualTheScoreRows();
        security.signIn("admin-x", PASSWORD.toCharArray());
        String header = "year,quarter,cadre_id,rater_id,rater_level,de,neng,qin,ji,lian";
        assertEquals(ImportResult.Status.IMPORTED, importFile("appraisal-scores", write("fix.csv", List.of(header,
                "2024,1,G01,S-1,superior,88.5,90,90,90,90", "2024,1,G01,P1-1,下级,70,70,70,70,70",
                "2024,1,G02,NEW-2,peer,66.25,66.25,66.25,66.25,66.25"))).status());
        keptSumsEqualTheScoreRows();
        security.signIn("admin-x", PASSWORD.toCharArray());
        ImportResult refused = importFile("appraisal-scores", write("refused.csv", List.of(header,
                "2024,1,G01,S-1,superior,10,10,10,10,10", "2024,1,G03,NEW-3,peer,101,90,90,90,90")));
        assertEquals(ImportResult.Status.INVALID, refused.status());
        keptSumsEqualTheScoreRows();
        security.signIn("admin-x", PASSWORD.toCharArray());

        Explanation g01 = appraisal.grade(2024, null).get(0).result().explanation("G01").orElseThrow();
        List<Explanation.Level> q1 = g01.quarters().get(0).levels();
        assertEquals(List.of(org.jiedao.appraisal.RaterLevel.SUPERIOR, org.jiedao.appraisal.RaterLevel.PEER,
                org.jiedao.appraisal.RaterLevel.SUBORDINATE), q1.stream().map(Explanation.Level::level).toList());
        assertEquals(List.of(1, 1, 2), q1.stream().map(Explanation.Level::raters).toList(), "P1-1 moved from peer to subordinate");
        assertEquals(0, new BigDecimal("88.5").compareTo(q1.get(0).indicatorMeans().get(org.jiedao.appraisal.Indicator.DE)));
        assertEquals(0, new BigDecimal("88").compareTo(q1.get(1).mean()));
        assertEquals(0, new BigDecimal("76.5").compareTo(q1.get(2).mean()), "(83 + 70) / 2");
        Explanation g02 = appraisal.grade(2024, null).get(0).result().explanation("G02").orElseThrow();
        Explanation.Level g02Peers = g02.quarters().get(0).levels().get(1);
        assertEquals(3, g02Peers.raters());
        // (86 + 86 + 66.25) / 3, 20 places half even
        assertEquals(new BigDecimal("79.41666666666666666667"), g02Peers.indicatorMeans().get(org.jiedao.appraisal.Indicator.DE));
    }

    /**
     * The changeset that created APR_LEVEL_SUM filled it from the score rows there were: its INSERT …
     * SELECT, run again here over real rows (on Derby, and on PostgreSQL in the postgres profile),
     * gives the sums the keeper keeps, also for a cadre whose scores lie in two units (moved between
     * two imports), whose sums grading adds up.
     */
    @Test
    void theMigrationFillsTheLevelSumsFromTheScoreRowsThereAre() throws Exception {
        loadYear(dir, this);
        assertEquals(ImportResult.Status.IMPORTED, importFile("cadres", write("moved.csv", List.of("cadre_id,name,unit,position",
                "G01,干部1,X-1-2,科员"))).status());
        assertEquals(ImportResult.Status.IMPORTED, importFile("appraisal-scores", write("after-move.csv", List.of(
                "year,quarter,cadre_id,rater_id,rater_level,de,neng,qin,ji,lian", "2024,1,G01,S-1b,superior,81,81,81,81,81"))).status());
        keptSumsEqualTheScoreRows();
        String changelog;
        try (java.io.InputStream in = org.osgi.framework.FrameworkUtil.getBundle(AppraisalService.class).getEntry("db/changelog/appraisal.xml")
                .openStream()) {
            changelog = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = changelog.indexOf("<sql>INSERT INTO APR_LEVEL_SUM");
        String fill = changelog.substring(start + "<sql>".length(), changelog.indexOf("</sql>", start));
        int filled = persistence.transaction(em -> {
            em.createNativeQuery("DELETE FROM APR_LEVEL_SUM").executeUpdate();
            return em.createNativeQuery(fill).executeUpdate();
        });
        assertEquals(14 * 4 * 3 + 1, filled, "per quarter, cadre and level; G01's Q1 superiors in two units");
        keptSumsEqualTheScoreRows();
        security.signIn("admin-x", PASSWORD.toCharArray());
        Explanation.Level superiors = appraisal.grade(2024, null).get(0).result().explanation("G01").orElseThrow().quarters().get(0)
                .levels().get(0);
        assertEquals(2, superiors.raters());
        assertEquals(0, new BigDecimal("87").compareTo(superiors.mean()), "(93 + 81) / 2");
    }

    /**
     * An import of more than a thousand sums reads the recorded sums first and inserts only the new
     * ones: a second import over six years (five already recorded, with changed scores and a rater
     * moved to another level, and a new year) keeps the sums equal to the score rows.
     */
    @Test
    void aLargeImportKeepsTheSumsToo() throws Exception {
        loadYear(dir, this);
        String header = "year,quarter,cadre_id,rater_id,rater_level,de,neng,qin,ji,lian";
        List<String> first = new ArrayList<>(List.of(header));
        List<String> second = new ArrayList<>(List.of(header));
        String[] levels = { "superior", "peer", "subordinate" };
        for (int year = 2018; year <= 2023; year++) {
            for (int q = 1; q <= 4; q++) {
                for (int i = 1; i <= 15; i++) {
                    for (int l = 0; l < 3; l++) {
                        String cadre = String.format("G%02d", i);
                        if (year > 2018) {
                            first.add(row(year, q, cadre, "R" + l, levels[l], 60 + (i + q + l) % 40));
                        }
                        // the second file: other scores, and rater R1 of G01 a subordinate now
                        String level = i == 1 && l == 1 ? "subordinate" : levels[l];
                        second.add(row(year, q, cadre, "R" + l, level, 55 + (i * q + l) % 45));
                    }
                }
            }
        }
        assertEquals(ImportResult.Status.IMPORTED, importFile("appraisal-scores", write("five-years.csv", first)).status());
        keptSumsEqualTheScoreRows();
        security.signIn("admin-x", PASSWORD.toCharArray());
        assertEquals(ImportResult.Status.IMPORTED, importFile("appraisal-scores", write("six-years.csv", second)).status());
        keptSumsEqualTheScoreRows();
        assertEquals(224 + 6 * 4 * 15 * 3, count("ScoreEntity"));
    }

    /** A cadre row with a recorded id updates that cadre (name, unit, position); new ids are added. */
    @Test
    void aCadreRowForARecordedIdUpdatesThatCadre() throws Exception {
        assertEquals(ImportResult.Status.IMPORTED, importFile("cadres", write("c1.csv", List.of("cadre_id,name,unit,position",
                "G01,张三,X-1-1,主任", "G02,李四,X-1-2,"))).status());
        assertEquals(ImportResult.Status.IMPORTED, importFile("cadres", write("c2.csv", List.of("cadre_id,name,unit,position",
                "G02,李思,X-1-1,副主任", "G03,王五,X-1-2,"))).status());
        assertEquals(3, count("CadreEntity"));
        AppraisalService.Cadre g02 = appraisal.cadre("G02").orElseThrow();
        assertEquals("李思", g02.name());
        assertEquals("X-1-1", g02.unitCode());
        assertEquals("副主任", g02.position());
        assertEquals("张三", appraisal.cadre("G01").orElseThrow().name());
        assertEquals("X-1-2", appraisal.cadre("G03").orElseThrow().unitCode());
    }

    @Test
    void badRowsAreReportedEachAndNothingIsWritten() throws Exception {
        importFile("cadres", write("cadres.csv", List.of("cadre_id,name,unit,position", "G01,张三,X-1-1,主任", "G02,李四,X-1-2,")));
        Path bad = write("bad-scores.csv", List.of("year,quarter,cadre_id,rater_id,rater_level,de,neng,qin,ji,lian",
                "2024,1,G01,R1,superior,90,90,90,90,90",
                "2024,1,G01,R2,peer,101,90,90,90,90",
                "2024,1,Z99,R1,peer,90,90,90,90,90",
                "2024,1,G01,R1,peer,80,80,80,80,80",
                "2024,5,G02,R1,boss,-1,90,90,90,90",
                "2024,2,G02,R1,subordinate,90,90,90,90,90"));
        ImportResult result = importFile("appraisal-scores", bad);
        assertEquals(ImportResult.Status.INVALID, result.status());
        assertEquals(0, result.rowsWritten());
        assertEquals(0, count("ScoreEntity"), "nothing written");
        assertEquals(0, count("YearEntity"));
        List<String> problems = result.problems().stream().map(p -> p.row() + " " + p.column().orElse("") + " " + p.message()).toList();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("3 de ")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("4 cadre_id Unknown cadre Z99")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("5 rater_id Duplicate rater entry: rater R1 already scored cadre G01 "
                + "in quarter 1 in row 2")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("6 quarter ")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("6 rater_level ")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("6 de ")), problems.toString());
        assertEquals(4, result.problems().stream().map(Problem::row).distinct().count());

        ImportResult exams = importFile("appraisal-exams", write("exams.csv", List.of("year,cadre_id,score", "2024,G01,88", "2024,G01,90",
                "2024,G02,100.5")));
        assertEquals(ImportResult.Status.INVALID, exams.status());
        assertEquals(0, count("ExamEntity"));
        ImportResult cadres = importFile("cadres", write("cadres2.csv", List.of("cadre_id,name,unit", "G03,王五,不存在的社区", "G04,赵六,X-1-1",
                "G04,赵六,X-1-2")));
        assertEquals(ImportResult.Status.INVALID, cadres.status());
        assertEquals(2, count("CadreEntity"));
    }

    @Test
    void publishFreezesTheYearAndUnlockNeedsAnAuditedReason() throws Exception {
        loadYear(dir, this);
        List<Explanation> before = appraisal.grade(2024, null).get(0).result().explanations();
        assertEquals(14, appraisal.publish(2024));
        assertTrue(appraisal.year(2024).published());
        assertEquals(14, persistence.read(em -> em.createQuery("select count(g) from GradeEntity g where g.year = 2024", Long.class)
                .getSingleResult()).intValue());
        GroupGrades published = appraisal.grade(2024, null).get(0);
        assertTrue(published.published());
        assertEquals(before, published.result().explanations(), "the same grades, explained the same way");

        ImportResult refused = importFile("appraisal-scores", write("late.csv", List.of(
                "year,quarter,cadre_id,rater_id,rater_level,de,neng,qin,ji,lian", "2024,4,G01,LATE,superior,10,10,10,10,10")));
        assertEquals(ImportResult.Status.INVALID, refused.status());
        assertTrue(refused.problems().get(0).message().contains("2024 is published"), refused.problems().toString());
        assertThrows(AppraisalException.class, () -> appraisal.saveSettings(2024, AppraisalSettings.defaults()));
        assertThrows(AppraisalException.class, () -> appraisal.publish(2024));
        assertThrows(AppraisalException.class, () -> appraisal.unlock(2024, " "));

        // later history of an older year never changes a published year
        importFile("appraisal-history", write("h.csv", List.of("year,cadre_id,grade", "2021,G14,D")));
        assertEquals("0.25", appraisal.grade(2024, null).get(0).result().explanation("G14").orElseThrow().bonusFactor().orElseThrow()
                .setScale(2).toPlainString());

        appraisal.unlock(2024, "复核发现第四季度漏录一名测评人");
        assertFalse(appraisal.year(2024).published());
        assertEquals("复核发现第四季度漏录一名测评人", appraisal.unlocks(2024).get(0).reason());
        assertEquals("admin-x", appraisal.unlocks(2024).get(0).by());
        assertFalse(persistence.auditRecords("admin-x", "UnlockEntity", null, null, 10).isEmpty(), "the unlock is audited");
        // unlocked: the 2021 history counts now (third D year: 0 %)
        assertEquals("0.00", appraisal.grade(2024, null).get(0).result().explanation("G14").orElseThrow().bonusFactor().orElseThrow()
                .setScale(2).toPlainString());
        assertEquals(ImportResult.Status.IMPORTED, importFile("appraisal-scores", write("late2.csv", List.of(
                "year,quarter,cadre_id,rater_id,rater_level,de,neng,qin,ji,lian", "2024,4,G01,LATE,superior,10,10,10,10,10"))).status());

        // follow-up of the D grade
        appraisal.publish(2024);
        appraisal.addFollowUp(2024, "G14", FollowUpKind.REMINDER_TALK, java.time.LocalDate.of(2025, 1, 15), "提醒谈话");
        assertEquals(1, appraisal.followUps(2024).size());
        assertThrows(AppraisalException.class,
                () -> appraisal.addFollowUp(2024, "G03", FollowUpKind.DEMOTION, java.time.LocalDate.of(2025, 1, 15), ""));
    }

    /**
     * Grades of the year itself imported as history give way to the published ones (removed together,
     * then written): a graded cadre's history grade becomes the published grade, an ungraded cadre's
     * is removed, other years' history stays, and every change is in the audit trail.
     */
    @Test
    void publishReplacesHistoryGradesOfTheSameYear() throws Exception {
        loadYear(dir, this);
        assertEquals(ImportResult.Status.IMPORTED, importFile("appraisal-history", write("same-year.csv", List.of(
                "year,cadre_id,grade", "2024,G01,D", "2024,G05,C", "2024,G15,B"))).status());
        Explanation g01 = appraisal.grade(2024, null).get(0).result().explanation("G01").orElseThrow();
        int auditedBefore = persistence.auditRecords("admin-x", "GradeEntity", null, null, 1000).size();
        assertEquals(14, appraisal.publish(2024));
        assertEquals(14, persistence.read(em -> em.createQuery("select count(g) from GradeEntity g where g.year = 2024", Long.class)
                .getSingleResult()).intValue(), "G15 (no scores) has no 2024 grade any more");
        AppraisalService.GradeRecord published = appraisal.history("G01").stream().filter(r -> r.year() == 2024).findFirst()
                .orElseThrow();
        assertTrue(published.published());
        assertEquals(g01.grade().orElseThrow(), published.grade());
        assertEquals(g01.annualScore(), published.annualScore());
        assertTrue(appraisal.history("G15").stream().noneMatch(r -> r.year() == 2024));
        assertEquals(List.of(2023, 2024), appraisal.history("G01").stream().map(AppraisalService.GradeRecord::year).toList());
        // 3 history rows removed, 14 published grades inserted
        assertTrue(persistence.auditRecords("admin-x", "GradeEntity", null, null, 1000).size() >= auditedBefore + 17);
    }

    @Test
    void individualScoresOnlyForAdministratorsExplanationsShowAggregates() throws Exception {
        loadYear(dir, this);
        assertEquals(16, appraisal.individualScores(2024, "G01").size());
        CadreExplanation explanation = appraisal.explain(2024, "G01");
        String text = String.join("\n", ExplanationText.lines(explanation, 2024, Locale.ENGLISH));
        assertTrue(text.contains("Rank 2 of 14"), text);
        assertTrue(text.contains("peer: 2 rater(s); means integrity 88, ability 88, diligence 88, performance 88, probity 88; level mean 88"), text);
        assertFalse(text.contains("P1-1") || text.contains("S-1"), "no rater ids in an explanation");
        assertEquals(0, new BigDecimal("88.5").compareTo(explanation.explanation().quarters().get(0).score()));
        String zh = String.join("\n", ExplanationText.lines(explanation, 2024, Locale.CHINESE));
        assertTrue(zh.contains("名次 2 / 14") && zh.contains("同级"), zh);

        security.signOut();
        security.signIn("officer-x1", PASSWORD.toCharArray());
        assertEquals(16, appraisal.individualScores(2024, "G01").size(), "street officers administer their street's appraisal");
        security.signOut();
        security.signIn("worker-x11", PASSWORD.toCharArray());
        assertThrows(AccessDeniedException.class, () -> appraisal.individualScores(2024, "G01"));
        assertThrows(AccessDeniedException.class, () -> appraisal.grade(2024, null));
        assertEquals(8, appraisal.cadres(null).size(), "a community worker sees the community's cadres only");
    }

    @Test
    void settingsAreKeptPerYear() throws Exception {
        AppraisalSettings strict = AppraisalSettings.defaults().withQuotaPercents(Map.of(Grade.A, new BigDecimal("10"), Grade.B,
                new BigDecimal("50"), Grade.C, new BigDecimal("30"), Grade.D, new BigDecimal("10")));
        appraisal.saveSettings(2025, strict);
        assertEquals(strict.quotaPercents().get(Grade.A).compareTo(appraisal.year(2025).settings().quotaPercents().get(Grade.A)), 0);
        assertEquals(0, new BigDecimal("20").compareTo(appraisal.year(2024).settings().quotaPercents().get(Grade.A)));
        loadYear(dir, this);
        assertEquals(Map.of(Grade.A, 3, Grade.B, 6, Grade.C, 4, Grade.D, 1), appraisal.grade(2024, null).get(0).result().quotas(),
                "2024 keeps the defaults it was created with");
        assertThrows(AppraisalException.class, () -> appraisal.saveSettings(2025, AppraisalSettings.defaults()
                .withQuotaPercents(Map.of(Grade.A, BigDecimal.ONE, Grade.B, BigDecimal.ONE, Grade.C, BigDecimal.ONE, Grade.D, BigDecimal.ONE))));
    }
}
