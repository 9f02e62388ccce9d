package org.jiedao.security.internal.users;

import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;

/**
 * The demo data folder: the organisation units named in the source news (Suzhou's Gusu and
 * Xiangcheng districts) and one demo account per role. The codes follow the administrative
 * division codes of the two districts (320508, 320507) with invented suffixes: demo data, not
 * official codes.
 */
final class DemoData {

    /** Password of every demo account (documented in the README; demo folders only). */
    static final String PASSWORD = "jiedao-demo-2021";

    private DemoData() {
    }

    /** @return the number of units created */
    static int seedUnits(OrgUnitService units) {
        String[][] plan = {
                { "320508", "姑苏区", "DISTRICT", null },
                { "320508001", "沧浪街道", "STREET", "320508" },
                { "320508001001", "桂花社区", "COMMUNITY", "320508001" },
                { "320508001002", "道前社区", "COMMUNITY", "320508001" },
                { "320508001003", "潼一社区", "COMMUNITY", "320508001" },
                { "320508001004", "潼二社区", "COMMUNITY", "320508001" },
                { "320508002", "金阊街道", "STREET", "320508" },
                { "320508002001", "三元一村社区", "COMMUNITY", "320508002" },
                { "320508002001-1", "三元一村第一网格", "GRID", "320508002001" },
                { "320507", "相城区", "DISTRICT", null },
                { "320507001", "元和街道", "STREET", "320507" },
                { "320507001001", "康桥花园社区", "COMMUNITY", "320507001" },
                { "320507001002", "晨曦馨苑社区", "COMMUNITY", "320507001" },
                { "320507001003", "湖沁社区", "COMMUNITY", "320507001" },
                { "320507001004", "华元社区", "COMMUNITY", "320507001" },
                { "320507001005", "华辰嘉园社区", "COMMUNITY", "320507001" },
                { "320507001005-1", "华辰嘉园第一网格", "GRID", "320507001005" },
                { "320507001005-2", "华辰嘉园第二网格", "GRID", "320507001005" },
                { "320507002", "北河泾街道", "STREET", "320507" },
        };
        for (String[] unit : plan) {
            units.create(unit[0], unit[1], OrgLevel.valueOf(unit[2]), unit[3]);
        }
        return plan.length;
    }

    /** @return the demo user names */
    static String[] seedUsers(SecurityService security) {
        char[] password = PASSWORD.toCharArray();
        security.createUser("admin", "区管理员（演示）", Role.DISTRICT_ADMIN, null, password);
        security.createUser("canglang", "沧浪街道工作人员（演示）", Role.STREET_OFFICER, "320508001", password);
        security.createUser("huachen", "华辰嘉园社区工作者（演示）", Role.COMMUNITY_WORKER, "320507001005", password);
        security.createUser("auditor", "审计员（演示）", Role.AUDITOR, null, password);
        return new String[] { "admin", "canglang", "huachen", "auditor" };
    }
}
