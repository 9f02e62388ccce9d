package org.jiedao.safety.internal.contrib;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.modules.DemoDataProvider;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.safety.AnswerKind;
import org.jiedao.safety.CheckResult;
import org.jiedao.safety.ContestAnswer;
import org.jiedao.safety.ContestRules;
import org.jiedao.safety.ContestScoring;
import org.jiedao.safety.EventKind;
import org.jiedao.safety.ItemAnswer;
import org.jiedao.safety.NewPremises;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.Severity;
import org.jiedao.safety.TeamStanding;
import org.jiedao.safety.internal.ContestWrites;
import org.jiedao.safety.internal.InspectionWrites;
import org.jiedao.safety.internal.Messages;
import org.jiedao.safety.internal.PremisesWrites;
import org.jiedao.safety.internal.SafetyEventEntity;
import org.jiedao.safety.internal.SafetyInspectionEntity;
import org.jiedao.safety.internal.SafetyOrderEntity;
import org.jiedao.safety.internal.SafetyPremisesEntity;
import org.jiedao.safety.internal.TemplateWrites;

/**
 * Demo data ({@code jiedao-cli init --demo}) from the seed: the second community fire-safety knowledge
 * contest of 康桥花园 with 晨曦馨苑 and 湖沁, whose answers place 东方环境物业, 赤湾物业 and 安成物业 first,
 * second and third (赤湾 and 安成 equal on points, 赤湾 ahead by fewer wrong risk answers); the 华元
 * safety lecture with the property managers, hotels and businesses of the seed; premises of every
 * category; inspections whose orders are open, overdue and closed (dates relative to the day of loading).
 */
public final class SafetyDemoData implements DemoDataProvider {

    /** The seed's second contest. */
    public static final String CONTEST = "KQ-2";
    public static final String LECTURE = "HY-JT-1";
    public static final String DRILL = "HY-YL-1";
    static final String KANGQIAO = "320507001001";
    static final String HUAYUAN = "320507001004";
    static final String HUACHEN = "320507001005";

    static final String[] TEAMS = { "东方环境物业", "赤湾物业", "安成物业" };
    /** Round 1: ten must-answer questions, right (1) or wrong (0), per team in TEAMS order. */
    static final int[][] MUST = { { 1, 1, 1, 1, 0, 1, 1, 1, 1, 1 }, { 1, 1, 0, 1, 1, 1, 0, 1, 1, 1 }, { 1, 1, 1, 1, 1, 0, 1, 1, 1, 1 } };
    /** Round 2: five risk questions, the value picked (negative: answered wrong), per team. */
    static final int[][] RISK = { { 30, 20, 10, -30, 20 }, { 20, 20, 10, 10, -20 }, { 30, -30, 20, -10, 20 } };
    /** Seconds per answer, per team: round 1 then round 2. */
    static final int[][] SECONDS = { { 8, 6, 9, 7, 12, 5, 8, 6, 7, 9, 25, 18, 15, 30, 21 }, { 7, 9, 10, 6, 8, 7, 11, 6, 5, 8, 22, 19, 14, 16, 28 },
            { 6, 7, 8, 9, 7, 12, 6, 8, 9, 7, 20, 26, 17, 19, 23 } };

    /** code, name, category, unit, address, owner, manager, phone, rooms, occupants, charging points. */
    static final Object[][] PREMISES = {
            { "HC-CZ-001", "华辰嘉园 3 幢 402 出租房", PremisesCategory.RENTAL, "320507001005-1", "华辰嘉园 3 幢 402 室", "陈志强", "陈志强", "13962100001", 3, 6, null },
            { "HC-QZ-002", "华辰嘉园 7 幢 101 群租房", PremisesCategory.RENTAL, "320507001005-2", "华辰嘉园 7 幢 101 室", "刘文华", "周小明", "13962100002", 5, 11, null },
            { "HC-SH-003", "嘉元路五金加工点", PremisesCategory.THREE_IN_ONE, "320507001005-1", "嘉元路 88 号", "钱国平", "钱国平", "13962100003", null, 4, null },
            { "HC-DC-004", "华辰嘉园北门电动自行车充电棚", PremisesCategory.E_BIKE, "320507001005-2", "华辰嘉园北门", "华辰嘉园业委会", "赵建军", "13962100004", null, null, 40 },
            { "HY-JX-005", "华元社区便利店", PremisesCategory.NINE_SMALL, HUAYUAN, "华元路 16 号", "孙丽", "孙丽", "13962100005", null, 3, null },
            { "HY-JX-006", "华元小吃店", PremisesCategory.NINE_SMALL, HUAYUAN, "华元路 22 号", "吴刚", "吴刚", "13962100006", null, 5, null },
            { "KQ-QY-007", "康桥花园物业服务中心", PremisesCategory.ENTERPRISE, KANGQIAO, "嘉元路 1 号", "东方环境物业", "郑海", "13962100007", null, 26, null },
            { "KQ-DC-008", "康桥花园南区充电点", PremisesCategory.E_BIKE, KANGQIAO, "康桥花园南区", "东方环境物业", "郑海", "13962100008", null, null, 24 }, };

    @Inject
    private OrgUnitService units;
    @Inject
    private PersistenceService persistence;

    /** @return the seed contest's answers as the demo enters them */
    public static List<ContestAnswer> contestAnswers() {
        List<ContestAnswer> answers = new ArrayList<>();
        for (int t = 0; t < TEAMS.length; t++) {
            for (int q = 0; q < MUST[t].length; q++) {
                answers.add(new ContestAnswer(1, q + 1, TEAMS[t], AnswerKind.MUST, 10, MUST[t][q] == 1, SECONDS[t][q]));
            }
            for (int q = 0; q < RISK[t].length; q++) {
                answers.add(new ContestAnswer(2, q + 1, TEAMS[t], AnswerKind.RISK, Math.abs(RISK[t][q]), RISK[t][q] > 0, SECONDS[t][10 + q]));
            }
        }
        return answers;
    }

    @Override
    public String load(Locale locale) {
        Optional<OrgUnit> kangqiao = units.find(KANGQIAO);
        if (kangqiao.isEmpty()) { // a data folder seeded without the demo units
            return NLS.bind(Messages.Demo_loaded, new Object[] { 0, 0, 0, 0, "-", "-" });
        }
        LocalDate today = LocalDate.now();
        int[] counts = new int[4];
        persistence.transaction(em -> {
            // the seed's second contest
            SafetyEventEntity contest = ContestWrites.createEvent(em, CONTEST, EventKind.CONTEST, "“百团进百万企业千万员工”暨社区第二届消防安全知识竞赛",
                    today.minusDays(12), kangqiao.get(), "嘉元路党建工作站", "康桥花园社区、晨曦馨苑社区、湖沁社区", null, null, ContestRules.DEFAULT);
            for (String team : TEAMS) {
                ContestWrites.addTeam(em, contest, team, team);
                participant(em, contest, team, "property");
            }
            for (ContestAnswer a : contestAnswers()) {
                ContestWrites.putAnswer(em, contest, a);
            }
            // the 华元 lecture
            units.find(HUAYUAN).ifPresent(huayuan -> {
                SafetyEventEntity lecture = ContestWrites.createEvent(em, LECTURE, EventKind.LECTURE, "“落实安全责任 推动安全发展”安全大讲堂",
                        today.minusDays(30), huayuan, "华元社区", "华元社区", null, "主讲：街道安环局 邵敏峰（重大火灾事故案例、消防安全隐患排查）", null);
                participant(em, lecture, "辖区物业负责人和安全员", "property");
                participant(em, lecture, "各宾馆酒店和公寓", "hotel");
                participant(em, lecture, "各商业体负责人", "business");
                counts[3]++;
                // the drill the seed announces after the lecture ("下一步，华元社区将通过开展消防演练……")
                SafetyEventEntity drill = ContestWrites.createEvent(em, DRILL, EventKind.DRILL, "华元社区消防疏散演练", today.minusDays(6), huayuan,
                        "华元社区广场", "华元社区、街道安环局", 80, "疏散逃生、灭火器使用", null);
                ContestWrites.addParticipant(em, drill, "辖区物业负责人和安全员", "property", 25);
                ContestWrites.addParticipant(em, drill, "各宾馆酒店和公寓", "hotel", 30);
                counts[3]++;
            });
            counts[3]++;
            // premises of every category
            List<SafetyPremisesEntity> premises = new ArrayList<>();
            for (Object[] p : PREMISES) {
                Optional<OrgUnit> unit = units.find((String) p[3]);
                if (unit.isPresent()) {
                    premises.add(PremisesWrites.create(em, new NewPremises((String) p[0], (String) p[1], (PremisesCategory) p[2], (String) p[3],
                            (String) p[4], (String) p[5], (String) p[6], (String) p[7], (Integer) p[8], (Integer) p[9], (Integer) p[10]), unit.get()));
                }
            }
            em.flush();
            counts[0] = premises.size();
            // inspections: an overdue order, open ones, a chain closed after a failed re-inspection, a closed one, a clean one
            inspect(em, "HC-CZ-001", today.minusDays(12), "华辰嘉园网格员 王明", 2, Severity.GENERAL, counts); // overdue since 5 days
            inspect(em, "HC-DC-004", today.minusDays(2), "华辰嘉园网格员 李强", 3, Severity.MAJOR, counts); // open, due tomorrow
            inspect(em, "HC-QZ-002", today.minusDays(1), "华辰嘉园网格员 李强", 5, Severity.GENERAL, counts); // open
            SafetyOrderEntity chain = inspect(em, "HC-SH-003", today.minusDays(20), "街道安环局 邵敏峰", 4, Severity.MAJOR, counts);
            SafetyOrderEntity second = InspectionWrites.reinspect(em, chain.code, false, today.minusDays(16), "街道安环局 邵敏峰", "隔离墙未完成");
            counts[1]++;
            counts[2]++;
            InspectionWrites.reinspect(em, second.code, true, today.minusDays(14), "街道安环局 邵敏峰", "已实现住人与生产储存分离");
            counts[1]++;
            SafetyOrderEntity shop = inspect(em, "HY-JX-006", today.minusDays(8), "华元社区 郭晨飞", 6, Severity.GENERAL, counts);
            InspectionWrites.reinspect(em, shop.code, true, today.minusDays(3), "华元社区 郭晨飞", "已更换过期灭火器");
            counts[1]++;
            inspect(em, "HY-JX-005", today.minusDays(5), "华元社区 柴军虎", 0, null, counts);
            inspect(em, "KQ-QY-007", today.minusDays(9), "康桥花园社区", 0, null, counts);
            inspect(em, "KQ-DC-008", today.minusDays(40), "康桥花园社区", 1, Severity.GENERAL, counts); // overdue since a month
            return null;
        });
        List<TeamStanding> ranking = ContestScoring.rank(List.of(TEAMS), contestAnswers());
        StringBuilder places = new StringBuilder();
        ranking.forEach(s -> places.append(places.length() == 0 ? "" : ", ").append(s.rank()).append(' ').append(s.team()));
        return NLS.bind(Messages.Demo_loaded, new Object[] { counts[0], counts[1], counts[2], counts[3], CONTEST, places });
    }

    private static void participant(EntityManager em, SafetyEventEntity event, String organisation, String kind) {
        ContestWrites.addParticipant(em, event, organisation, kind, null);
    }


    /** Inspects with the current template: every item passes except {@code hazardItem} (0: none). @return the order issued, or null */
    private static SafetyOrderEntity inspect(EntityManager em, String code, LocalDate on, String inspector, int hazardItem, Severity severity,
            int[] counts) {
        SafetyPremisesEntity p = PremisesWrites.find(em, code);
        if (p == null) {
            return null;
        }
        PremisesCategory category = PremisesCategory.parse(p.category).get();
        int items = TemplateWrites.items(em, TemplateWrites.current(em, category).getId()).size();
        List<ItemAnswer> answers = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            answers.add(i == hazardItem ? new ItemAnswer(i, CheckResult.HAZARD, severity, "检查发现隐患，已当场告知") : new ItemAnswer(i, CheckResult.PASS, null, null));
        }
        SafetyInspectionEntity inspection = InspectionWrites.inspect(em, p, on, inspector, 0, answers, null);
        counts[1]++;
        List<SafetyOrderEntity> issued = em.createQuery("select o from SafetyOrder o where o.inspectionId = :i", SafetyOrderEntity.class)
                .setParameter("i", inspection.getId()).getResultList();
        counts[2] += issued.size();
        return issued.isEmpty() ? null : issued.get(0);
    }
}
