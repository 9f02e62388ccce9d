package org.jiedao.petitions.internal.contrib;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.petitions.Channel;
import org.jiedao.petitions.NewPetition;
import org.jiedao.petitions.PetitionKind;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.Urgency;
import org.jiedao.petitions.UrgencyFlag;

/**
 * Demo petitions for the seed's communities (华辰嘉园社区 first, with its weekly mailbox openings):
 * about 160 petitions over the last ten weeks, in every status, some overdue, written the way
 * residents write them.
 */
public final class PetitionsDemoData implements org.jiedao.core.modules.DemoDataProvider {

    private static final String[][] TEXTS = {
            { "环境卫生", "楼道里堆放了很多纸箱和旧家具，存在消防隐患，希望物业尽快清理。" },
            { "环境卫生", "小区东门垃圾分类亭经常满溢，夏天气味很大，建议增加清运次数。" },
            { "物业管理", "3幢电梯近一个月坏了三次，老人上下楼很不方便，请督促物业维修。" },
            { "物业管理", "地下车库照明灯坏了好几盏，晚上进出不安全。" },
            { "停车交通", "小区门口早晚高峰电动车乱停，堵住了消防通道。" },
            { "停车交通", "建议在社区服务中心旁边增设非机动车充电桩，减少飞线充电。" },
            { "治安消防", "12幢有住户在楼道里给电动车充电，多次劝说无效。" },
            { "为老服务", "希望社区助餐点增加周末供餐，独居老人周末吃饭不方便。" },
            { "为老服务", "建议在老年活动室安装扶手和呼叫按钮，方便高龄老人使用。" },
            { "就业创业", "想了解家门口创业驿站的入驻条件和申请流程。" },
            { "市政设施", "小区南侧人行道地砖松动，下雨天容易溅水滑倒。" },
            { "市政设施", "路灯坏了两周没人修，晚上散步很黑。" },
            { "邻里纠纷", "楼上住户晚上十一点后还在装修，影响休息，希望社区协调。" },
            { "邻里纠纷", "邻居在公共绿地种菜，破坏了草坪，希望恢复原样。" },
            { "其他", "感谢社区工作人员帮忙办理了居住证，服务很周到。" },
            { "其他", "建议社区多举办一些亲子活动，丰富孩子们的暑假生活。" },
    };
    private static final String[] SURNAMES = { "张", "王", "李", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "朱", "马", "胡", "郭" };
    private static final String[] GIVEN = { "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛" };
    private static final String[] STAFF = { "王丽华", "陈建国", "李晓梅", "周志强" };

    private final PetitionService petitions;
    private final OrgUnitService units;

    @Inject
    public PetitionsDemoData(PetitionService petitions, OrgUnitService units) {
        this.petitions = petitions;
        this.units = units;
    }

    @Override
    public String load(Locale locale) {
        Random random = new Random(20210615);
        List<OrgUnit> communities = units.list().stream().filter(u -> u.level() == OrgLevel.COMMUNITY).toList();
        if (communities.isEmpty()) {
            return Texts.get(locale).Demo_noCommunities;
        }
        OrgUnit huachen = communities.stream().filter(u -> u.name().equals("华辰嘉园社区")).findFirst().orElse(communities.get(0));
        LocalDate today = LocalDate.now();
        int count = 0;
        // 华辰嘉园: the mailbox opened every Wednesday for the last ten weeks (not yet this week when today is before Wednesday)
        LocalDate wednesday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
        for (int week = 9; week >= 0; week--) {
            LocalDate day = wednesday.minusWeeks(week);
            long opening = petitions.recordOpening(huachen.code(), day, STAFF[week % 2], STAFF[2 + week % 2], week == 0 ? "红色邮筒，例行开启" : "");
            int items = 3 + random.nextInt(5);
            for (int i = 0; i < items; i++) {
                count += petition(random, huachen, day, random.nextBoolean() ? Channel.LETTER : random.nextBoolean() ? Channel.NOTE : Channel.CARD,
                        opening, today);
            }
        }
        // the other communities: phone calls, visits and the service window
        Channel[] others = { Channel.PHONE, Channel.VISIT, Channel.WINDOW, Channel.CARD };
        for (OrgUnit community : communities) {
            if (community.equals(huachen)) {
                continue;
            }
            int n = 8 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                count += petition(random, community, today.minusDays(random.nextInt(70)), others[random.nextInt(others.length)], null, today);
            }
        }
        return NLS.bind(Texts.get(locale).Demo_summary, count);
    }

    private int petition(Random random, OrgUnit community, LocalDate received, Channel channel, Long opening, LocalDate today) {
        String[] text = TEXTS[random.nextInt(TEXTS.length)];
        PetitionKind kind = text[1].startsWith("建议") ? PetitionKind.SUGGESTION
                : text[1].startsWith("感谢") || text[1].startsWith("想了解") ? PetitionKind.OPINION : PetitionKind.REQUEST;
        Urgency urgency = random.nextInt(6) == 0 ? Urgency.of(UrgencyFlag.URGENT, UrgencyFlag.WORRYING)
                : random.nextInt(5) == 0 ? Urgency.of(UrgencyFlag.LONGED_FOR) : Urgency.NORMAL;
        boolean anonymous = random.nextInt(4) == 0;
        String name = anonymous ? null : SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        String phone = anonymous ? null : "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
        long id = petitions.register(new NewPetition(received, channel, kind, community.code(), text[0], urgency, name, phone, text[1], opening));
        long age = java.time.temporal.ChronoUnit.DAYS.between(received, today);
        // older petitions are further along; a few stay behind (overdue)
        int stage = age < 3 ? random.nextInt(2) : age < 14 ? random.nextInt(4) : random.nextInt(10) < 2 ? random.nextInt(3) : 3 + random.nextInt(2);
        if (random.nextInt(25) == 0 && stage <= 2) {
            petitions.reject(id, PetitionService.CURRENT, "不属于社区职责范围，已告知反映人向市场监管部门反映");
            return 1;
        }
        if (stage >= 1) {
            petitions.assign(id, PetitionService.CURRENT, community.code());
        }
        if (stage >= 2) {
            petitions.start(id, PetitionService.CURRENT);
        }
        if (stage >= 3) {
            petitions.reply(id, PetitionService.CURRENT, "已联系相关责任方现场查看并落实整改，感谢您对社区工作的关心和支持。");
        }
        if (stage >= 4) {
            petitions.close(id, PetitionService.CURRENT, 3 + random.nextInt(3), random.nextInt(3) == 0 ? "电话回访，居民表示满意" : null);
        }
        return 1;
    }
}
