package org.jiedao.reports.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.DataScope;
import org.jiedao.core.report.ReportDocument;
import org.jiedao.core.report.ReportProvider;
import org.jiedao.core.report.ReportRequest;
import org.jiedao.core.security.SecurityService;

/**
 * 组织单位名册 (organisation unit register), the platform's own report: every unit in the signed-in
 * user's scope (or below the unit given as parameter {@code unit}), with code, name, level,
 * parent and path.
 */
public final class OrgUnitRegisterReport implements ReportProvider {

    private final OrgUnitService units;
    private final SecurityService security;

    @Inject
    public OrgUnitRegisterReport(OrgUnitService units, SecurityService security) {
        this.units = units;
        this.security = security;
    }

    @Override
    public ReportDocument build(ReportRequest request) {
        DataScope scope = security.currentScope();
        List<OrgUnit> all = units.list();
        Map<String, OrgUnit> byCode = new HashMap<>();
        all.forEach(u -> byCode.put(u.code(), u));
        Optional<OrgUnit> under = request.parameter("unit").flatMap(units::find);
        List<List<String>> rows = new ArrayList<>();
        for (OrgUnit unit : all) {
            if (!scope.covers(unit.path()) || under.isPresent() && !under.get().contains(unit)) {
                continue;
            }
            String parent = unit.parentCode().map(code -> byCode.containsKey(code) ? byCode.get(code).name() + "（" + code + "）" : code)
                    .orElse("");
            rows.add(List.of(unit.code(), unit.name(), request.chinese() ? unit.level().chinese() : unit.level().key(), parent,
                    path(unit, byCode)));
        }
        String who = request.user().map(u -> u.displayName() + "（" + u.username() + "）").orElse(Messages.Register_nobody);
        String at = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        return ReportDocument.builder(Messages.Register_title)
                .meta(NLS.bind(Messages.Register_scope, under.map(OrgUnit::name).orElse(Messages.Register_all)),
                        NLS.bind(Messages.Register_printedBy, who), NLS.bind(Messages.Register_printedAt, at))
                .table(List.of(Messages.Register_code, Messages.Register_name, Messages.Register_level, Messages.Register_parent,
                        Messages.Register_path), new float[] { 2.2f, 3, 1.2f, 3.2f, 5 }, rows)
                .paragraph(NLS.bind(Messages.Register_count, rows.size()))
                .signatures(Messages.Register_compiledBy, Messages.Register_checkedBy)
                .build();
    }

    /** The names from the district down, e.g. 姑苏区 / 沧浪街道 / 桂花社区. */
    private static String path(OrgUnit unit, Map<String, OrgUnit> byCode) {
        List<String> names = new ArrayList<>();
        for (String code : unit.path().split("/")) {
            if (!code.isEmpty()) {
                OrgUnit step = byCode.get(code);
                names.add(step == null ? code : step.name());
            }
        }
        return String.join(" / ", names);
    }
}
