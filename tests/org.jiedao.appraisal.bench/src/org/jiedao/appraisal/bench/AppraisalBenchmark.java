package org.jiedao.appraisal.bench;

import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.jiedao.appraisal.AppraisalService;
import org.jiedao.appraisal.AppraisalService.GroupGrades;
import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.RaterLevel;
import org.jiedao.appraisal.rules.AppraisalEngine;
import org.jiedao.appraisal.rules.AppraisalInput;
import org.jiedao.appraisal.rules.AppraisalSettings;
import org.jiedao.appraisal.rules.Explanation;
import org.jiedao.appraisal.rules.HonourEntry;
import org.jiedao.appraisal.rules.LevelSums;
import org.jiedao.appraisal.rules.RaterScore;
import org.jiedao.appraisal.rules.YearResult;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;
import org.jiedao.testing.BenchReport;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6's benchmark: 10,000 cadres × 4 quarters × 10 raters (2 superiors, 4 peers, 4
 * subordinates) = 400,000 score rows imported through the {@code appraisal-scores} format (validation
 * pass, one transaction, audit trail on) into embedded Derby, then the year graded as one
 * distribution group through {@link AppraisalService#grade} (reading the rows, the rules engine),
 * the rules engine alone on the same data in memory, and a plain in-memory computation of the same
 * rules (arrays and BigDecimal, no records, no database) in the same run. The plain computation is
 * also a cross-check: every cadre's grade must agree. A measurement: nothing is asserted about speed.
 */
class AppraisalBenchmark {

    private static final int CADRES = 10_000;
    private static final int QUARTERS = 4;
    private static final int RATERS = 10;
    private static final int YEAR = 2025;
    private static final String PASSWORD = "Xiangcheng-2025!";

    @TempDir
    Path dir;

    /** Scores in hundredths: [cadre][quarter][rater][indicator]. */
    private final int[][][][] scores = new int[CADRES][QUARTERS][RATERS][5];
    private final int[] exams = new int[CADRES];
    private final int[] honourPoints = new int[CADRES];

    private static RaterLevel level(int rater) {
        return rater < 2 ? RaterLevel.SUPERIOR : rater < 6 ? RaterLevel.PEER : RaterLevel.SUBORDINATE;
    }

    private static String cadreId(int c) {
        return String.format("C%05d", c);
    }

    private static String hundredths(int v) {
        return v % 100 == 0 ? Integer.toString(v / 100) : BigDecimal.valueOf(v, 2).toPlainString();
    }

    @Test
    void tenThousandCadres() throws Exception {
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        ExchangeService exchange = Services.await(ExchangeService.class);
        AppraisalService appraisal = Services.await(AppraisalService.class);
        units.create("BZ", "基准区", OrgLevel.DISTRICT, null);
        units.create("BZ-1", "基准街道", OrgLevel.STREET, "BZ");
        for (int i = 1; i <= 10; i++) {
            units.create(String.format("BZ-1-%02d", i), "基准社区" + i, OrgLevel.COMMUNITY, "BZ-1");
        }
        security.createUser("bench-kaohe", "考核基准", Role.DISTRICT_ADMIN, "BZ", PASSWORD.toCharArray());

        // the data: integer scores around a per-cadre level (many equal annual scores: tie groups), some halves
        Random random = new Random(20251126L);
        Path cadres = dir.resolve("cadres.csv");
        Path scoreFile = dir.resolve("scores.csv");
        Path examFile = dir.resolve("exams.csv");
        Path honourFile = dir.resolve("honours.csv");
        try (BufferedWriter c = Files.newBufferedWriter(cadres, StandardCharsets.UTF_8);
                BufferedWriter s = Files.newBufferedWriter(scoreFile, StandardCharsets.UTF_8);
                BufferedWriter e = Files.newBufferedWriter(examFile, StandardCharsets.UTF_8);
                BufferedWriter h = Files.newBufferedWriter(honourFile, StandardCharsets.UTF_8)) {
            c.write("cadre_id,name,unit,position\n");
            s.write("year,quarter,cadre_id,rater_id,rater_level,de,neng,qin,ji,lian\n");
            e.write("year,cadre_id,score\n");
            h.write("year,cadre_id,level,title\n");
            for (int i = 0; i < CADRES; i++) {
                String id = cadreId(i);
                c.write(id + ",干部" + i + "," + String.format("BZ-1-%02d", i % 10 + 1) + ",科员\n");
                int base = 65 + random.nextInt(25);
                for (int q = 0; q < QUARTERS; q++) {
                    for (int r = 0; r < RATERS; r++) {
                        StringBuilder row = new StringBuilder().append(YEAR).append(',').append(q + 1).append(',').append(id).append(",R")
                                .append(r).append('-').append(id).append(',').append(level(r).key());
                        for (int k = 0; k < 5; k++) {
                            int v = (base + random.nextInt(11)) * 100 + (random.nextInt(8) == 0 ? 50 : 0);
                            scores[i][q][r][k] = Math.min(v, 10_000);
                            row.append(',').append(hundredths(scores[i][q][r][k]));
                        }
                        s.write(row.append('\n').toString());
                    }
                }
                exams[i] = (60 + random.nextInt(41)) * 100;
                e.write(YEAR + "," + id + "," + hundredths(exams[i]) + "\n");
                if (i % 25 == 0) {
                    h.write(YEAR + "," + id + ",district,优秀共产党员\n");
                    honourPoints[i] += 5;
                }
                if (i % 40 == 0) {
                    h.write(YEAR + "," + id + ",street,先进个人\n");
                    h.write(YEAR + "," + id + ",street,服务之星\n");
                    honourPoints[i] += 6;
                }
            }
        }

        BenchReport report = new BenchReport();
        report.line("appraisal benchmark: %,d cadres x %d quarters x %d raters = %,d score rows; embedded Derby; %d CPUs; heap max %d MB",
                CADRES, QUARTERS, RATERS, CADRES * QUARTERS * RATERS, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        report.line("load average (1 min) at the start: %.2f", loadAverage());
        security.signIn("bench-kaohe", PASSWORD.toCharArray());
        try {
            importTimed(exchange, report, "cadres", cadres, CADRES);
            BenchReport.resetPeaks();
            importTimed(exchange, report, "appraisal-scores", scoreFile, CADRES * QUARTERS * RATERS);
            report.line("  peak heap during the score import: %d MB", BenchReport.peakHeapMb());
            importTimed(exchange, report, "appraisal-exams", examFile, CADRES);
            importTimed(exchange, report, "appraisal-honours", honourFile, -1);

            // grading through the service: read the year's rows (scoped), run the rules
            Map<String, Grade> graded = null;
            YearResult serviceResult = null;
            double[] service = new double[3];
            List<Map<String, Double>> phases = new ArrayList<>();
            double[] gc = new double[3];
            double[] cpu = new double[3];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int run = 0; run < service.length; run++) {
                long gcBefore = gcMillis();
                long cpuBefore = threads.getCurrentThreadCpuTime();
                BenchReport.Timed<List<GroupGrades>> t = BenchReport.time(() -> appraisal.grade(YEAR, "BZ"));
                service[run] = t.seconds();
                cpu[run] = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
                gc[run] = (gcMillis() - gcBefore) / 1000.0;
                phases.add(((org.jiedao.appraisal.internal.AppraisalServiceImpl) appraisal).lastGradingPhases().seconds());
                serviceResult = t.value().get(0).result();
                graded = grades(serviceResult);
                if (t.value().get(0).result().graded() != CADRES) {
                    throw new AssertionError("graded " + t.value().get(0).result().graded());
                }
            }

            // the reads of grade alone (the same JPQL as the service, same scoping): where the service's time goes
            org.jiedao.core.persistence.PersistenceService persistence = Services.await(org.jiedao.core.persistence.PersistenceService.class);
            double[] groupedRead = new double[3];
            double[] cadreRead = new double[3];
            double[] keptRead = new double[3];
            for (int run = 0; run < groupedRead.length; run++) {
                keptRead[run] = BenchReport.time(() -> persistence.read(em -> em.createQuery("select s.quarter, s.cadreId, s.level, "
                        + "s.raters, s.de, s.neng, s.qin, s.ji, s.lian from LevelSumEntity s where s.year = :y", Object[].class)
                        .setParameter("y", YEAR).getResultList().size())).seconds();
                groupedRead[run] = BenchReport.time(() -> persistence.read(em -> em.createQuery("select s.quarter, s.cadreId, s.level, "
                        + "count(s), sum(s.de), sum(s.neng), sum(s.qin), sum(s.ji), sum(s.lian) from ScoreEntity s where s.year = :y "
                        + "group by s.quarter, s.cadreId, s.level", Object[].class).setParameter("y", YEAR).getResultList().size())).seconds();
                cadreRead[run] = BenchReport.time(() -> persistence.read(em -> em.createQuery("select c from CadreEntity c where "
                        + "c.unitPath like :p order by c.cadreId", Object.class).setParameter("p", "%").getResultList().size())).seconds();
            }

            // the engine alone on the same data in memory
            List<String> ids = new ArrayList<>();
            List<RaterScore> raterScores = new ArrayList<>(CADRES * QUARTERS * RATERS);
            Map<String, BigDecimal> examScores = new HashMap<>();
            List<HonourEntry> honours = new ArrayList<>();
            for (int i = 0; i < CADRES; i++) {
                String id = cadreId(i);
                ids.add(id);
                for (int q = 0; q < QUARTERS; q++) {
                    for (int r = 0; r < RATERS; r++) {
                        int[] v = scores[i][q][r];
                        raterScores.add(RaterScore.of(q + 1, id, "R" + r + "-" + id, level(r), BigDecimal.valueOf(v[0], 2),
                                BigDecimal.valueOf(v[1], 2), BigDecimal.valueOf(v[2], 2), BigDecimal.valueOf(v[3], 2),
                                BigDecimal.valueOf(v[4], 2)));
                    }
                }
                examScores.put(id, BigDecimal.valueOf(exams[i], 2));
                if (i % 25 == 0) {
                    honours.add(new HonourEntry(id, org.jiedao.appraisal.HonourLevel.DISTRICT, "优秀共产党员"));
                }
                if (i % 40 == 0) {
                    honours.add(new HonourEntry(id, org.jiedao.appraisal.HonourLevel.STREET, "先进个人"));
                    honours.add(new HonourEntry(id, org.jiedao.appraisal.HonourLevel.STREET, "服务之星"));
                }
            }
            // the settings the service graded with (as stored with the year: equal values, possibly other scales)
            AppraisalSettings serviceSettings = serviceResult.settings();
            AppraisalInput input = new AppraisalInput(YEAR, serviceSettings, ids, raterScores, examScores, honours, Map.of());
            double[] engine = new double[3];
            YearResult engineResult = null;
            for (int run = 0; run < engine.length; run++) {
                BenchReport.Timed<YearResult> t = BenchReport.time(() -> AppraisalEngine.compute(input));
                engine[run] = t.seconds();
                engineResult = t.value();
            }
            // the service reads per quarter, cadre and level sums (grouped query); the engine on the
            // individual scores must give the same explanations, every decimal with the same scale
            if (!engineResult.explanations().equals(serviceResult.explanations())) {
                int differing = 0;
                String first = "";
                for (int i = 0; i < Math.min(engineResult.explanations().size(), serviceResult.explanations().size()); i++) {
                    if (!engineResult.explanations().get(i).equals(serviceResult.explanations().get(i))) {
                        if (differing++ == 0) {
                            first = "\nengine:  " + engineResult.explanations().get(i) + "\nservice: " + serviceResult.explanations().get(i);
                        }
                    }
                }
                throw new AssertionError(differing + " explanations differ between the service and the engine on individual scores" + first);
            }
            // the engine alone on the same data summed per quarter, cadre and level in memory (the service's input)
            List<LevelSums> levelSums = new ArrayList<>(CADRES * QUARTERS * 3);
            for (int i = 0; i < CADRES; i++) {
                for (int q = 0; q < QUARTERS; q++) {
                    for (RaterLevel level : RaterLevel.values()) {
                        long[] sum = new long[5];
                        int count = 0;
                        for (int r = 0; r < RATERS; r++) {
                            if (level(r) == level) {
                                count++;
                                for (int k = 0; k < 5; k++) {
                                    sum[k] += scores[i][q][r][k];
                                }
                            }
                        }
                        if (count > 0) {
                            levelSums.add(LevelSums.of(q + 1, cadreId(i), level, count, BigDecimal.valueOf(sum[0], 2),
                                    BigDecimal.valueOf(sum[1], 2), BigDecimal.valueOf(sum[2], 2), BigDecimal.valueOf(sum[3], 2),
                                    BigDecimal.valueOf(sum[4], 2)));
                        }
                    }
                }
            }
            AppraisalInput summedInput = new AppraisalInput(YEAR, serviceSettings, ids, List.of(), levelSums, examScores,
                    honours, Map.of());
            double[] engineSums = new double[3];
            for (int run = 0; run < engineSums.length; run++) {
                BenchReport.Timed<YearResult> t = BenchReport.time(() -> AppraisalEngine.compute(summedInput));
                engineSums[run] = t.seconds();
                if (!t.value().explanations().equals(serviceResult.explanations())) {
                    throw new AssertionError("the engine on level sums differs from the service");
                }
            }
            double[] plain = new double[3];
            Map<String, Grade> plainGrades = null;
            for (int run = 0; run < plain.length; run++) {
                BenchReport.Timed<Map<String, Grade>> t = BenchReport.time(this::plainGrades);
                plain[run] = t.seconds();
                plainGrades = t.value();
            }
            int mismatches = 0;
            for (Map.Entry<String, Grade> e : plainGrades.entrySet()) {
                if (e.getValue() != graded.get(e.getKey())) {
                    mismatches++;
                }
            }
            if (mismatches > 0) {
                throw new AssertionError(mismatches + " cadres graded differently by the plain computation");
            }
            Map<Grade, Integer> counts = new java.util.EnumMap<>(Grade.class);
            graded.values().forEach(g -> counts.merge(g, 1, Integer::sum));
            report.line("grade --year %d --unit BZ (service: read the kept sums of %,d score rows + rules), runs 1/2/3: %.2f / %.2f / %.2f s", YEAR,
                    CADRES * QUARTERS * RATERS, service[0], service[1], service[2]);
            report.line("  CPU time of the grading thread (what the machine's other load does not add): %.2f / %.2f / %.2f s", cpu[0], cpu[1],
                    cpu[2]);
            report.line("  garbage collection during the runs (in the phases' times): %.3f / %.3f / %.3f s", gc[0], gc[1], gc[2]);
            for (String phase : phases.get(0).keySet()) {
                report.line("  phase %-22s runs 1/2/3: %.3f / %.3f / %.3f s", phase + ":", phases.get(0).get(phase),
                        phases.get(1).getOrDefault(phase, 0.0), phases.get(2).getOrDefault(phase, 0.0));
            }
            report.line("  the kept level sums read alone (JPQL, 120,000 rows), runs 1/2/3: %.2f / %.2f / %.2f s; the cadres read as "
                    + "entities: %.2f / %.2f / %.2f s", keptRead[0], keptRead[1], keptRead[2], cadreRead[0], cadreRead[1], cadreRead[2]);
            report.line("  for comparison, the grouped query over the score rows that grading used before (120,000 groups of 400,000 rows), "
                    + "runs 1/2/3: %.2f / %.2f / %.2f s", groupedRead[0], groupedRead[1], groupedRead[2]);
            report.line("rules engine alone, same data in memory (400,000 rater scores), runs 1/2/3: %.2f / %.2f / %.2f s", engine[0],
                    engine[1], engine[2]);
            report.line("rules engine alone, same data as %,d level sums in memory, runs 1/2/3: %.2f / %.2f / %.2f s", levelSums.size(),
                    engineSums[0], engineSums[1], engineSums[2]);
            report.line("plain in-memory computation of the same rules (arrays, BigDecimal), runs 1/2/3: %.3f / %.3f / %.3f s", plain[0],
                    plain[1], plain[2]);
            report.line("ratio service / plain (third runs): %.1f; engine / plain: %.1f", service[2] / plain[2], engine[2] / plain[2]);
            report.line("grades A/B/C/D %s; the plain computation agrees on all %,d cadres; the engine on the individual scores "
                    + "gives the service's %,d explanations exactly (equal records)", counts, plainGrades.size(),
                    serviceResult.explanations().size());
        } finally {
            security.signOut();
        }
        report.line("load average (1 min) at the end: %.2f", loadAverage());
        report.write();
    }

    /** @return the time the JVM's garbage collectors have taken so far */
    private static long gcMillis() {
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, gc.getCollectionTime());
        }
        return millis;
    }

    /** The machine's load average over the last minute (others' builds share the 2 cores): to read the times against. */
    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void importTimed(ExchangeService exchange, BenchReport report, String format, Path file, int rows) throws Exception {
        BenchReport.Timed<ImportResult> t = BenchReport.time(() -> exchange.importFile(format, file, ImportOptions.defaults(),
                new NullProgressMonitor()));
        if (t.value().status() != ImportResult.Status.IMPORTED || (rows >= 0 && t.value().rowsWritten() != rows)) {
            throw new AssertionError(format + ": " + t.value().status() + " " + t.value().problems());
        }
        report.line("import %s: %,d rows in %.1f s (%,.0f rows/s)", format, t.value().rowsWritten(), t.seconds(),
                t.value().rowsWritten() / t.seconds());
    }

    private static Map<String, Grade> grades(YearResult result) {
        Map<String, Grade> grades = new HashMap<>();
        for (Explanation e : result.explanations()) {
            grades.put(e.cadreId(), e.grade().orElse(null));
        }
        return grades;
    }

    /**
     * DOMAIN.md §4 with the default settings written straight over the arrays: level means, quarterly
     * scores, annual score rounded half up, rank, largest-remainder quotas, tie groups.
     */
    private Map<String, Grade> plainGrades() {
        MathContext mc = MathContext.DECIMAL128;
        BigDecimal[] levelWeight = { new BigDecimal("0.4"), new BigDecimal("0.3"), new BigDecimal("0.3") };
        BigDecimal five = BigDecimal.valueOf(5);
        BigDecimal[] annual = new BigDecimal[CADRES];
        for (int c = 0; c < CADRES; c++) {
            BigDecimal quarterSum = BigDecimal.ZERO;
            for (int q = 0; q < QUARTERS; q++) {
                long[] total = new long[3];
                int[] count = new int[3];
                for (int r = 0; r < RATERS; r++) {
                    int l = level(r).ordinal();
                    int[] v = scores[c][q][r];
                    total[l] += v[0] + v[1] + v[2] + v[3] + v[4];
                    count[l]++;
                }
                BigDecimal quarter = BigDecimal.ZERO;
                for (int l = 0; l < 3; l++) {
                    BigDecimal mean = BigDecimal.valueOf(total[l], 2).divide(five.multiply(BigDecimal.valueOf(count[l])), mc);
                    quarter = quarter.add(levelWeight[l].multiply(mean));
                }
                quarterSum = quarterSum.add(quarter);
            }
            BigDecimal mean = quarterSum.divide(BigDecimal.valueOf(QUARTERS), mc);
            annual[c] = new BigDecimal("0.7").multiply(mean).add(new BigDecimal("0.2").multiply(BigDecimal.valueOf(exams[c], 2)))
                    .add(BigDecimal.valueOf(Math.min(10, honourPoints[c]))).setScale(2, RoundingMode.HALF_UP);
        }
        Integer[] order = new Integer[CADRES];
        for (int i = 0; i < CADRES; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> annual[b].compareTo(annual[a]));
        // largest remainder: n × percent / 100 in integers; equal remainders go to the better grade
        int[] percent = { 20, 45, 30, 5 };
        int[] quota = new int[4];
        int[] remainder = new int[4];
        int left = CADRES;
        for (int g = 0; g < 4; g++) {
            quota[g] = CADRES * percent[g] / 100;
            remainder[g] = CADRES * percent[g] % 100;
            left -= quota[g];
        }
        for (; left > 0; left--) {
            int best = 0;
            for (int g = 1; g < 4; g++) {
                if (remainder[g] > remainder[best]) {
                    best = g;
                }
            }
            quota[best]++;
            remainder[best] = -1;
        }
        Grade[] byPosition = new Grade[CADRES];
        int p = 0;
        for (int g = 0; g < 4; g++) {
            for (int k = 0; k < quota[g]; k++) {
                byPosition[p++] = Grade.values()[g];
            }
        }
        Map<String, Grade> grades = new HashMap<>();
        Grade groupGrade = null;
        for (int pos = 0; pos < CADRES; pos++) {
            if (pos == 0 || annual[order[pos]].compareTo(annual[order[pos - 1]]) != 0) {
                groupGrade = byPosition[pos]; // a tie group takes the grade of its best position
            }
            grades.put(cadreId(order[pos]), groupGrade);
        }
        return grades;
    }
}
