package org.jiedao.incubation.internal.contrib;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.modules.DemoDataProvider;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.incubation.IncubationDesks;
import org.jiedao.incubation.IncubationQueries;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.IncubationSelection;
import org.jiedao.incubation.ProjectStatus;
import org.jiedao.incubation.Records.DeskRequest;
import org.jiedao.incubation.Records.ProjectInput;
import org.jiedao.incubation.internal.IncubationSupport;
import org.jiedao.incubation.internal.Messages;

/**
 * Demo data ({@code jiedao-cli init --demo}): the seed's pilot of 沧浪街道 exactly — stations in 桂花, 道前,
 * 潼一 and 潼二 since 2018, 14 resident projects with {@value #JOBS} jobs and 5,000,000.00 yuan turnover in
 * {@value #YEAR}, 28 service sessions, 200 consultations and 57 SIYB graduates in that year; 谷·姑苏社 and
 * 悦未来青年创业公社 with 10 free desks each; the plan to cover every community within two years from the
 * launch on 2020-06-11; one selection round (run, awaiting review).
 */
public final class DemoData implements DemoDataProvider {

    static final int YEAR = 2019;
    static final int JOBS = 152;
    static final String STREET = "320508001";
    static final String[] COMMUNITIES = { "320508001001", "320508001002", "320508001003", "320508001004" };
    static final String[] COMMUNITY_NAMES = { "桂花", "道前", "潼一", "潼二" };

    /** code, name, founder, sector, community index, student school (null: not a student), graduation year, excellent, jobs, turnover */
    static final Object[][] PROJECTS = {
            { "CL-GH-01", "桂花手作工坊", "周敏", "文创", 0, "苏州工艺美院", 2018, true, 18, "820000.00" },
            { "CL-GH-02", "姑苏茶点铺", "陆建华", "餐饮", 0, null, 0, false, 15, "650000.50" },
            { "CL-GH-03", "巷里旧物改造", "沈佳怡", "文创", 0, "苏州工艺美院", 2019, false, 14, "540000.00" },
            { "CL-GH-04", "社区家电快修", "顾国强", "便民服务", 0, null, 0, false, 13, "480000.00" },
            { "CL-DQ-01", "道前苏绣文创", "吴晓婷", "文创", 1, "苏州工艺美院", 2018, true, 12, "420000.00" },
            { "CL-DQ-02", "银发健康驿家", "钱玉兰", "养老服务", 1, null, 0, false, 12, "395000.00" },
            { "CL-DQ-03", "青檬少儿美术", "孙悦", "教育培训", 1, "苏州工艺美院", 2017, false, 11, "360000.00" },
            { "CL-DQ-04", "小巷咖啡", "朱一鸣", "餐饮", 1, null, 0, false, 10, "330000.00" },
            { "CL-TY-01", "潼一家政服务社", "王桂芳", "家政服务", 2, null, 0, false, 10, "300000.00" },
            { "CL-TY-02", "指尖缂丝工作室", "李思雨", "文创", 2, "苏州工艺美院", 2019, true, 9, "250000.00" },
            { "CL-TY-03", "邻里生鲜团购", "赵志刚", "零售", 2, null, 0, false, 8, "180000.00" },
            { "CL-TE-01", "潼二摄影工作室", "陈昊", "文化创意", 3, "苏州工艺美院", 2016, false, 8, "120000.00" },
            { "CL-TE-02", "社区花艺课堂", "徐静", "教育培训", 3, null, 0, false, 7, "89999.50" },
            { "CL-TE-03", "老城区跑腿帮", "胡军", "便民服务", 3, null, 0, false, 5, "65000.00" }, };

    static final String[] SESSIONS = { "便民理发", "创业政策宣讲", "手作体验课", "亲子绘画", "家电义务维修", "文创市集", "健康咨询" };
    static final String[] TOPICS = { "创业担保贷款", "个体工商户注册", "创业场地申请", "税收优惠政策", "社保补贴申领" };
    static final String ROUND = "2020年第一轮双向选择";

    @Inject
    private IncubationSupport support;
    @Inject
    private IncubationRegistry registry;
    @Inject
    private IncubationDesks desks;
    @Inject
    private IncubationSelection selection;
    @Inject
    private IncubationQueries queries;

    @Override
    public String load(Locale locale) {
        Optional<OrgUnit> street = support.units().find(STREET);
        if (street.isEmpty() || support.units().find(COMMUNITIES[3]).isEmpty()) {
            return NLS.bind(Messages.Demo_loaded, 0, 0); // a data folder seeded without the demo units
        }
        for (int c = 0; c < 4; c++) {
            registry.addStation(COMMUNITIES[c], COMMUNITY_NAMES[c] + "社区家门口创业驿站", "沧浪街道" + COMMUNITY_NAMES[c] + "社区党群服务中心",
                    LocalDate.of(2018, 6, 1), null, true);
        }
        queries.setPlan(STREET, LocalDate.of(2020, 6, 11), null);
        int n = 0;
        for (Object[] p : PROJECTS) {
            boolean student = p[5] != null;
            int c = (Integer) p[4];
            registry.addProject(new ProjectInput((String) p[0], (String) p[1], (String) p[2], String.format("139%08d", 51200000 + n), (String) p[3],
                    student, (String) p[5], student ? (Integer) p[6] : null, (Boolean) p[7], COMMUNITIES[c], LocalDate.of(2018, 7 + (n % 6), 1 + n),
                    null, ProjectStatus.RESIDENT));
            registry.setFigures((String) p[0], YEAR, (Integer) p[8], new BigDecimal((String) p[9]));
            n++;
        }
        for (int k = 0; k < 28; k++) {
            int c = k % 4;
            registry.addSession(COMMUNITIES[c], LocalDate.of(YEAR, 1 + (k * 5) % 12, 6 + k % 20), SESSIONS[k % SESSIONS.length], 20 + (k * 7) % 31);
        }
        for (int k = 0; k < 200; k++) {
            int c = k % 4;
            registry.addConsultation(COMMUNITIES[c], LocalDate.ofYearDay(YEAR, 2 + (k * 37) % 360), TOPICS[k % TOPICS.length], null, "助理指导员");
        }
        registry.addCohort(STREET, "2019年沧浪街道SIYB创业培训第一期", LocalDate.of(YEAR, 4, 8), LocalDate.of(YEAR, 4, 19), "姑苏区人社局", 30, 29);
        registry.addCohort(STREET, "2019年沧浪街道SIYB创业培训第二期", LocalDate.of(YEAR, 10, 14), LocalDate.of(YEAR, 10, 25), "姑苏区人社局", 30, 28);

        registry.addIncubator(STREET, "谷·姑苏社", 10, true);
        registry.addIncubator(STREET, "悦未来青年创业公社", 10, false);
        String[] works = { "苏绣新语：学生文创作品展", "缂丝与生活", "姑苏老巷插画展", "运河记忆陶艺展", "桃花坞年画再设计" };
        int[][] quarters = { { 2020, 3 }, { 2020, 4 }, { 2021, 1 }, { 2021, 2 }, { 2021, 3 } };
        for (int k = 0; k < quarters.length; k++) {
            registry.addRotation("谷·姑苏社", quarters[k][0], quarters[k][1], works[k], "苏州工艺美院学生", "苏州工艺美院");
        }
        // desks in use around today, for students enrolled or graduated this year
        LocalDate today = LocalDate.now();
        int graduation = today.getYear();
        String[] students = { "张悦", "刘子涵", "杨若溪", "黄思远", "林可欣", "郑书航", "何雨桐", "罗一凡", "梁晨", "宋佳琪", "谢安然", "韩沐阳" };
        for (int k = 0; k < students.length; k++) {
            desks.allocate(new DeskRequest(k < 7 ? "谷·姑苏社" : "悦未来青年创业公社", students[k], "苏州工艺美院", graduation + k % 2, null,
                    today.minusDays(30 + k * 5), today.plusDays(120 + k * 10)));
        }

        // one selection round: six student projects of 苏州工艺美院 apply; the communities rank them
        String[][] applicants = { { "CL-S-01", "漆艺小课堂", "true" }, { "CL-S-02", "纸雕灯具设计", "false" }, { "CL-S-03", "旧城手绘地图", "true" },
                { "CL-S-04", "非遗香囊工坊", "false" }, { "CL-S-05", "社区木作", "false" }, { "CL-S-06", "苏式点心设计", "false" } };
        for (String[] a : applicants) {
            registry.addProject(new ProjectInput(a[0], a[1], null, null, "文创", true, "苏州工艺美院", 2021, Boolean.parseBoolean(a[2]), STREET, null, null,
                    ProjectStatus.APPLIED));
        }
        selection.createRound(ROUND, STREET);
        int[][] prefs = { { 0, 1 }, { 0, 2, 3 }, { 1, 0 }, { 2, 3 }, { 3, 2, 1 }, { 0, 3 } };
        for (int p = 0; p < prefs.length; p++) {
            for (int r = 0; r < prefs[p].length; r++) {
                selection.apply(ROUND, applicants[p][0], COMMUNITIES[prefs[p][r]], r + 1);
            }
        }
        // each community ranks the applicants it accepts (ties where it sees no difference)
        int[][][] ranks = { { { 0, 1 }, { 1, 2 }, { 2, 1 }, { 5, 3 } }, { { 0, 1 }, { 2, 2 }, { 4, 2 } }, { { 1, 1 }, { 3, 1 }, { 4, 2 } },
                { { 1, 2 }, { 3, 1 }, { 4, 3 }, { 5, 1 } } };
        for (int c = 0; c < 4; c++) {
            for (int[] k : ranks[c]) {
                selection.rank(ROUND, COMMUNITIES[c], applicants[k[0]][0], k[1], 1);
            }
        }
        selection.run(ROUND);
        return NLS.bind(Messages.Demo_loaded, PROJECTS.length, JOBS);
    }
}
