package org.jiedao.appraisal.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.jiedao.appraisal.AppraisalService;
import org.jiedao.core.modules.DemoDataProvider;
import org.jiedao.exchange.ExchangeException;
import org.jiedao.exchange.ExchangeService;
import org.jiedao.exchange.ImportOptions;
import org.jiedao.exchange.ImportResult;

/**
 * The appraisal module's demo data: 20 cadres of 元和街道 (相城区) and its communities, two years
 * of quarterly 360° scores (one superior, two peers and two subordinates per cadre and quarter),
 * exams and honours. 2024 is published (one cadre graded D), 2025 is graded but open. Everything
 * goes in through the module's import formats, so the rows are checked as an officer's files are.
 */
public final class AppraisalDemoData implements DemoDataProvider {

    private final ExchangeService exchange;
    private final AppraisalService appraisal;

    /** Created by the platform's {@code Contributions} factory, the services injected. */
    @Inject
    public AppraisalDemoData(ExchangeService exchange, AppraisalService appraisal) {
        this.exchange = exchange;
        this.appraisal = appraisal;
    }

    /** The published prior year and the open current year. */
    public static final int PUBLISHED_YEAR = 2024;
    public static final int OPEN_YEAR = 2025;

    static final String[][] CADRES = {
            { "YH001", "陈建国", "320507001", "街道党工委书记" }, { "YH002", "王丽华", "320507001", "街道办事处主任" },
            { "YH003", "张志强", "320507001", "党政办主任" }, { "YH004", "李秀英", "320507001", "社会事业局局长" },
            { "YH005", "刘伟", "320507001", "城市管理办主任" }, { "YH006", "杨静", "320507001", "经济发展局副局长" },
            { "YH007", "赵明", "320507001", "综合执法大队队长" }, { "YH008", "周敏", "320507001", "民政科科员" },
            { "YH009", "吴海峰", "320507001001", "康桥花园社区书记" }, { "YH010", "徐晓燕", "320507001001", "康桥花园社区主任" },
            { "YH011", "孙立新", "320507001002", "晨曦馨苑社区书记" }, { "YH012", "马红梅", "320507001002", "晨曦馨苑社区主任" },
            { "YH013", "朱文斌", "320507001003", "湖沁社区书记" }, { "YH014", "胡玉兰", "320507001003", "湖沁社区主任" },
            { "YH015", "郭建华", "320507001004", "华元社区书记" }, { "YH016", "何雪梅", "320507001004", "华元社区主任" },
            { "YH017", "林国庆", "320507001005", "华辰嘉园社区书记" }, { "YH018", "高丽娟", "320507001005", "华辰嘉园社区主任" },
            { "YH019", "罗俊", "320507001005", "华辰嘉园第一网格网格长" }, { "YH020", "郑海涛", "320507001005", "华辰嘉园第二网格网格长" } };

    @Override
    public String load(Locale locale) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("jiedao-appraisal-demo");
            importRows(exchange, dir, "cadres", cadres());
            importRows(exchange, dir, "appraisal-scores", scores());
            importRows(exchange, dir, "appraisal-exams", exams());
            importRows(exchange, dir, "appraisal-honours", honours());
            int published = appraisal.publish(PUBLISHED_YEAR);
            return org.eclipse.osgi.util.NLS.bind(Messages.get(locale).Demo_summary,
                    new Object[] { CADRES.length, PUBLISHED_YEAR, published, OPEN_YEAR });
        } catch (ExchangeException e) {
            throw new IllegalStateException("Demo data: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot write the appraisal demo files: " + e.getMessage(), e);
        } finally {
            if (dir != null) {
                try (var files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (java.io.IOException e) {
                    // a temporary folder left behind is harmless
                }
            }
        }
    }

    static List<String> cadres() {
        List<String> rows = new ArrayList<>(List.of("cadre_id,name,unit,position"));
        for (String[] c : CADRES) {
            rows.add(String.join(",", c));
        }
        return rows;
    }

    /**
     * Each cadre has a level of performance (YH020 the weakest in both years, so graded D twice);
     * raters score around it: superiors a little stricter, subordinates a little kinder.
     */
    static List<String> scores() {
        List<String> rows = new ArrayList<>(List.of("year,quarter,cadre_id,rater_id,rater_level,de,neng,qin,ji,lian"));
        for (int year : new int[] { PUBLISHED_YEAR, OPEN_YEAR }) {
            Random random = new Random(year);
            for (int i = 0; i < CADRES.length; i++) {
                String id = CADRES[i][0];
                // 2025: a few cadres change places
                int place = year == OPEN_YEAR && (i == 3 || i == 11) ? (i == 3 ? 11 : 3) : i;
                double base = 93.0 - place * 1.15 - (i == CADRES.length - 1 ? 6 : 0);
                for (int q = 1; q <= 4; q++) {
                    String[][] raters = { { "LD" + (i < 8 ? "01" : "02"), "superior" }, { "TJ" + ((i + 1) % 20 + 1), "peer" },
                            { "TJ" + ((i + 5) % 20 + 1), "peer" }, { "XJ" + (2 * i + 1), "subordinate" }, { "XJ" + (2 * i + 2), "subordinate" } };
                    for (String[] rater : raters) {
                        double offset = switch (rater[1]) {
                            case "superior" -> -1.5;
                            case "subordinate" -> 1.0;
                            default -> 0;
                        };
                        StringBuilder row = new StringBuilder(year + "," + q + "," + id + "," + rater[0] + "," + rater[1]);
                        for (int k = 0; k < 5; k++) {
                            double score = Math.max(0, Math.min(100, base + offset + random.nextGaussian() * 1.2));
                            row.append(',').append(Math.round(score * 10) / 10.0);
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    static List<String> exams() {
        List<String> rows = new ArrayList<>(List.of("year,cadre_id,score"));
        for (int year : new int[] { PUBLISHED_YEAR, OPEN_YEAR }) {
            for (int i = 0; i < CADRES.length; i++) {
                rows.add(year + "," + CADRES[i][0] + "," + (96 - i - (year + i) % 4));
            }
        }
        return rows;
    }

    static List<String> honours() {
        return List.of("year,cadre_id,level,title", PUBLISHED_YEAR + ",YH009,district,相城区优秀共产党员",
                OPEN_YEAR + ",YH012,district,相城区优秀社区工作者", OPEN_YEAR + ",YH017,street,元和街道先进个人",
                OPEN_YEAR + ",YH017,street,元和街道文明创建先进个人");
    }

    private static void importRows(ExchangeService exchange, Path dir, String format, List<String> rows)
            throws java.io.IOException, ExchangeException {
        Path file = dir.resolve(format + ".csv");
        Files.write(file, rows, StandardCharsets.UTF_8);
        ImportResult result = exchange.importFile(format, file, ImportOptions.defaults(), new NullProgressMonitor());
        if (result.status() != ImportResult.Status.IMPORTED) {
            throw new IllegalStateException("Demo data " + format + ": " + result.status() + " " + result.problems());
        }
    }
}
