package org.jiedao.exchange.internal.formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.Role;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportFilter;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.InvalidValueException;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;
import org.jiedao.exchange.internal.Messages;

/**
 * The platform's {@code org-units} format: {@code code}, {@code name}, {@code parent} (the parent's
 * code, empty for a district) and {@code level} (district|street|community|grid or 区|街道|社区|网格).
 * Import creates new units (district administrators only); a row whose code exists already with
 * the same name, level and parent is left as it is, so an export imports again; differences are
 * refused (renaming and moving keep their history through {@code jiedao-cli org-units}). Parents may
 * come later in the file than their children.
 */
public final class OrgUnitsFormat implements ImportableFormat, ExportableFormat {

    static final Column<String> CODE = Column.text("code", "编码", 32).required();
    static final Column<String> NAME = Column.text("name", "名称", 100).required();
    static final Column<String> PARENT = Column.text("parent", "上级编码", 32);
    static final Column<OrgLevel> LEVEL = Column.choice("level", "层级", OrgLevel.class).required();

    @Override
    public List<Column<?>> columns() {
        return List.of(CODE, NAME, PARENT, LEVEL);
    }

    @Inject
    private OrgUnitService units;

    @Override
    public List<ExportFilter> filters() {
        return List.of(new ExportFilter("under", Messages.get().OrgUnits_underFilter));
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        List<OrgUnit> list;
        if (context.filter("under").isPresent()) {
            try {
                list = units.subtree(context.orgUnit(context.filter("under").get()).code());
            } catch (InvalidValueException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        } else {
            list = units.list();
        }
        for (OrgUnit unit : list) {
            try {
                context.orgUnit(unit.code()); // in the user's scope?
            } catch (InvalidValueException e) {
                continue;
            }
            sink.write(unit.code(), unit.name(), unit.parentCode().orElse(null), unit.level());
        }
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        if (context.user().isPresent() && context.user().get().role() != Role.DISTRICT_ADMIN) {
            throw new IllegalStateException(Messages.get(context.locale()).OrgUnits_denied);
        }
        return new Session(context, units);
    }

    private static final class Session implements ImportSession {
        private final ImportContext context;
        private final OrgUnitService units;
        private final Messages m;
        /** code -> level of the units the file creates */
        private final Map<String, OrgLevel> inFile = new HashMap<>();
        /** rows whose parent was neither in the database nor earlier in the file: row -> {code, parent} */
        private final Map<Integer, String[]> later = new java.util.TreeMap<>();
        private final List<Record> pending = new ArrayList<>();

        Session(ImportContext context, OrgUnitService units) {
            this.context = context;
            this.units = units;
            this.m = Messages.get(context.locale());
        }

        @Override
        public void validate(Record record, RowProblems problems) {
            String code = record.get(CODE);
            OrgLevel level = record.get(LEVEL);
            String parent = record.get(PARENT);
            if (inFile.containsKey(code)) {
                problems.reject(CODE, NLS.bind(m.OrgUnits_duplicateCode, code));
                return;
            }
            Optional<OrgUnit> existing = units.find(code);
            if (existing.isPresent()) {
                OrgUnit unit = existing.get();
                if (!unit.name().equals(record.get(NAME)) || unit.level() != level
                        || !unit.parentCode().orElse("").equals(parent == null ? "" : parent)) {
                    problems.reject(CODE, NLS.bind(m.OrgUnits_exists, new Object[] { code, unit.name(), unit.level().displayName(context.locale()),
                            unit.parentCode().orElse("-") }));
                }
                return;
            }
            if (level == OrgLevel.DISTRICT) {
                if (parent != null) {
                    problems.reject(PARENT, m.OrgUnits_rootWithParent);
                    return;
                }
            } else if (parent == null) {
                problems.reject(PARENT, NLS.bind(m.OrgUnits_noParent, "-"));
                return;
            } else {
                OrgLevel parentLevel = inFile.get(parent);
                if (parentLevel == null) {
                    Optional<OrgUnit> p = units.find(parent);
                    if (p.isPresent()) {
                        parentLevel = p.get().level();
                    } else {
                        // the parent may come later in the file: checked once the file has been read
                        later.put(record.row(), new String[] { code, parent });
                    }
                }
                if (parentLevel != null && parentLevel.ordinal() + 1 != level.ordinal()) {
                    problems.reject(PARENT, NLS.bind(m.OrgUnits_parentLevel, parent, level.displayName(context.locale())));
                    return;
                }
            }
            inFile.put(code, level);
        }

        @Override
        public void validateEnd(org.jiedao.exchange.FileProblems problems) {
            for (Map.Entry<Integer, String[]> entry : later.entrySet()) {
                String code = entry.getValue()[0];
                String parent = entry.getValue()[1];
                OrgLevel parentLevel = inFile.get(parent);
                OrgLevel level = inFile.get(code);
                if (parentLevel == null) {
                    problems.reject(entry.getKey(), PARENT, NLS.bind(m.OrgUnits_noParent, parent));
                } else if (level != null && parentLevel.ordinal() + 1 != level.ordinal()) {
                    problems.reject(entry.getKey(), PARENT, NLS.bind(m.OrgUnits_parentLevel, parent, level.displayName(context.locale())));
                }
            }
        }

        @Override
        public void write(Record record, EntityManager em) {
            pending.add(record);
        }

        @Override
        public void finish(EntityManager em) {
            // parents first: by level, then by file order
            pending.sort(Comparator.comparing((Record r) -> r.get(LEVEL).ordinal()));
            for (Record record : pending) {
                String code = record.get(CODE);
                if (units.find(code).isPresent()) {
                    continue;
                }
                String parent = record.get(PARENT);
                if (parent != null && units.find(parent).isEmpty()) {
                    throw new IllegalStateException(NLS.bind(m.OrgUnits_noParent, parent) + " (" + code + ")");
                }
                units.create(code, record.get(NAME), record.get(LEVEL), parent);
            }
        }
    }
}
