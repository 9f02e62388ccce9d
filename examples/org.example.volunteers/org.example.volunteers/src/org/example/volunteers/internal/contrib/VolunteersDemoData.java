package org.example.volunteers.internal.contrib;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.example.volunteers.internal.HoursRecorder;
import org.example.volunteers.internal.Messages;
import org.jiedao.core.modules.DemoDataProvider;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;

/**
 * Demo data: the youth-league volunteers' visits to the special education school (关爱"折翼天使")
 * and the children care series of 华辰嘉园社区 and 桂花社区, over the last five months.
 */
public final class VolunteersDemoData implements DemoDataProvider {

    @Inject
    private OrgUnitService units;
    @Inject
    private PersistenceService persistence;


    private static final String LEAGUE = "团区委青年志愿者服务队";
    private static final String RESIDENTS = "社区居民志愿者";

    /** event title, place, days before today, community code, then volunteer, phone, organisation, hours, task per served shift */
    private static final Object[][] EVENTS = {
            { "关爱“折翼天使”——走进特殊教育学校", "相城区特殊教育学校", 130, "320507001005",
                    new String[][] { { "陈思远", "13812340001", LEAGUE, "3.5", "文艺演出" }, { "李梦瑶", "13812340002", LEAGUE, "3.5", "蛋糕制作" },
                            { "王子涵", "13812340003", LEAGUE, "3.5", "蛋糕制作" }, { "张一鸣", "13812340004", LEAGUE, "3", "陪伴游戏" } } },
            { "儿童关爱系列：捏面人", "华辰嘉园社区活动室", 100, "320507001005",
                    new String[][] { { "刘欣怡", "13812340005", RESIDENTS, "2", "捏面人教学" }, { "陈思远", "13812340001", LEAGUE, "2", "现场协助" } } },
            { "儿童关爱系列：剪纸", "华辰嘉园社区活动室", 72, "320507001005",
                    new String[][] { { "周浩然", "13812340006", RESIDENTS, "2", "剪纸教学" }, { "李梦瑶", "13812340002", LEAGUE, "2", "现场协助" },
                            { "吴佳琪", "13812340007", LEAGUE, "2", "签到与秩序" } } },
            { "儿童关爱系列：糖画", "桂花社区党群服务中心", 45, "320508001001",
                    new String[][] { { "赵雨桐", "13812340008", RESIDENTS, "2.5", "糖画制作" }, { "王子涵", "13812340003", LEAGUE, "2.5", "现场协助" } } },
            { "玩具跳蚤市场", "华辰嘉园社区广场", 30, "320507001005",
                    new String[][] { { "张一鸣", "13812340004", LEAGUE, "4", "摊位组织" }, { "吴佳琪", "13812340007", LEAGUE, "4", "秩序维护" },
                            { "刘欣怡", "13812340005", RESIDENTS, "3", "物品登记" } } },
            { "红歌传唱", "桂花社区党群服务中心", 12, "320508001001",
                    new String[][] { { "陈思远", "13812340001", LEAGUE, "2", "伴奏" }, { "赵雨桐", "13812340008", RESIDENTS, "2", "领唱" } } },
            { "安全用电知识讲座", "华辰嘉园社区活动室", 5, "320507001005",
                    new String[][] { { "周浩然", "13812340006", RESIDENTS, "1.5", "讲解" }, { "李梦瑶", "13812340002", LEAGUE, "1.5", "签到与秩序" } } }, };

    @Override
    public String load(Locale locale) {
        int[] shifts = { 0 };
        int[] events = { 0 };
        LocalDate today = LocalDate.now();
        persistence.transaction(em -> {
            HoursRecorder recorder = new HoursRecorder(em, "demo");
            for (Object[] event : EVENTS) {
                Optional<OrgUnit> community = units.find((String) event[3]);
                if (community.isEmpty()) {
                    continue; // a data folder seeded without the demo units
                }
                events[0]++;
                for (String[] shift : (String[][]) event[4]) {
                    if (recorder.record(today.minusDays((Integer) event[2]), (String) event[0], community.get(), (String) event[1], shift[0],
                            shift[1], shift[2], new BigDecimal(shift[3]), shift[4])) {
                        shifts[0]++;
                    }
                }
            }
            return null;
        });
        return NLS.bind(Messages.Demo_loaded, events[0], shifts[0]);
    }
}
