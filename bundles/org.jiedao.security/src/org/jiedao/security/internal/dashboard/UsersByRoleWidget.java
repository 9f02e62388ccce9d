package org.jiedao.security.internal.dashboard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.dashboard.WidgetData;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;

/**
 * 用户（按角色）: the users the signed-in user's scope covers (users of the whole installation
 * count only for those who see the whole installation), by role.
 */
public final class UsersByRoleWidget implements DashboardWidgetProvider {

    private final SecurityService security;
    private final OrgUnitService units;

    @Inject
    public UsersByRoleWidget(SecurityService security, OrgUnitService units) {
        this.security = security;
        this.units = units;
    }

    @Override
    public WidgetData load(WidgetContext context) {
        Map<Role, Integer> counts = new EnumMap<>(Role.class);
        for (UserAccount user : security.users()) {
            boolean inScope = user.unitCode().isEmpty() ? "/".equals(context.scope().pathPrefix())
                    : units.find(user.unitCode().get()).map(u -> context.scope().covers(u.path())).orElse(false);
            if (inScope) {
                counts.merge(user.role(), 1, Integer::sum);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Role role : Role.values()) {
            rows.add(List.of(role.displayName(context.locale()), Integer.toString(counts.getOrDefault(role, 0))));
        }
        return new WidgetData.Table(List.of(Messages.Users_role, Messages.Users_count), rows);
    }
}
