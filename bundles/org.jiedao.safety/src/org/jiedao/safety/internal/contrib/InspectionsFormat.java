package org.jiedao.safety.internal.contrib;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.FileProblems;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;
import org.jiedao.safety.CheckResult;
import org.jiedao.safety.ItemAnswer;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.Severity;
import org.jiedao.safety.internal.InspectionWrites;
import org.jiedao.safety.internal.Messages;
import org.jiedao.safety.internal.PremisesWrites;
import org.jiedao.safety.internal.SafetyFindingEntity;
import org.jiedao.safety.internal.SafetyInspectionEntity;
import org.jiedao.safety.internal.SafetyPremisesEntity;
import org.jiedao.safety.internal.SafetyTemplateEntity;
import org.jiedao.safety.internal.TemplateWrites;

/**
 * {@code safety-inspections} (premises, date, inspector, template_version, item, result, severity, note):
 * one row per checklist item; the rows of one premises, date, inspector and template version are one
 * inspection, which must answer every item of that version once. Hazards issue orders as
 * {@link InspectionWrites#inspect} does.
 */
public final class InspectionsFormat implements ImportableFormat, ExportableFormat {

    static final Column<String> PREMISES = Column.text("premises", "场所", 40).required();
    static final Column<LocalDate> DATE = Column.date("date", "检查日期").required();
    static final Column<String> INSPECTOR = Column.text("inspector", "检查人", 100).required();
    static final Column<Long> TEMPLATE_VERSION = Column.integer("template_version", "检查表版本", 1, 100000).required();
    static final Column<Long> ITEM = Column.integer("item", "检查项", 1, 1000).required();
    static final Column<CheckResult> RESULT = Column.choice("result", "结果", CheckResult.class).required();
    static final Column<Severity> SEVERITY = Column.choice("severity", "隐患等级", Severity.class);
    static final Column<String> NOTE = Column.text("note", "备注", 1000);

    @Inject
    private PersistenceService persistence;

    @Override
    public List<Column<?>> columns() {
        return List.of(PREMISES, DATE, INSPECTOR, TEMPLATE_VERSION, ITEM, RESULT, SEVERITY, NOTE);
    }

    /** The rows of one inspection. */
    private static final class Group {
        int firstRow;
        int items;
        final Map<Integer, Integer> rowOfItem = new HashMap<>();
        final List<ItemAnswer> answers = new ArrayList<>();
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        return new ImportSession() {
            final Map<String, SafetyPremisesEntity> premises = new HashMap<>();
            final Map<String, Integer> itemCounts = new HashMap<>();
            final Map<String, Group> groups = new LinkedHashMap<>();

            String key(Record r) {
                return r.get(PREMISES) + "\n" + r.get(DATE) + "\n" + r.get(INSPECTOR).strip() + "\n" + r.get(TEMPLATE_VERSION);
            }

            @Override
            public void validate(Record record, RowProblems problems) {
                String code = record.get(PREMISES);
                SafetyPremisesEntity p = premises.computeIfAbsent(code, c -> persistence.read(em -> PremisesWrites.find(em, c)));
                if (p == null) {
                    premises.remove(code);
                    problems.reject(PREMISES, NLS.bind(Messages.Refused_noPremises, code));
                    return;
                }
                if (record.get(DATE).isAfter(LocalDate.now())) {
                    problems.reject(DATE, NLS.bind(Messages.Refused_future, record.get(DATE)));
                }
                PremisesCategory category = PremisesCategory.parse(p.category).get();
                int version = record.get(TEMPLATE_VERSION).intValue();
                Integer items = itemCounts.computeIfAbsent(category.key() + "\n" + version, k -> persistence.read(em -> {
                    SafetyTemplateEntity t = TemplateWrites.version(em, category, version);
                    return t == null ? null : TemplateWrites.items(em, t.getId()).size();
                }));
                if (items == null) {
                    itemCounts.remove(category.key() + "\n" + version);
                    int current = persistence.read(em -> TemplateWrites.current(em, category).templateVersion);
                    problems.reject(TEMPLATE_VERSION, NLS.bind(Messages.Refused_noTemplateVersion, new Object[] { version, category.chinese(), current }));
                    return;
                }
                int item = record.get(ITEM).intValue();
                if (item > items) {
                    problems.reject(ITEM, NLS.bind(Messages.Refused_noItem, new Object[] { item, version, items }));
                    return;
                }
                CheckResult result = record.get(RESULT);
                Severity severity = record.get(SEVERITY);
                if (result == CheckResult.HAZARD && severity == null) {
                    problems.reject(SEVERITY, NLS.bind(Messages.Refused_severityMissing, item));
                    return;
                }
                if (result != CheckResult.HAZARD && severity != null) {
                    problems.reject(SEVERITY, NLS.bind(Messages.Refused_severityNotHazard, item));
                    return;
                }
                Group g = groups.computeIfAbsent(key(record), k -> new Group());
                if (g.rowOfItem.isEmpty()) {
                    g.firstRow = record.row();
                    g.items = items;
                }
                Integer earlier = g.rowOfItem.putIfAbsent(item, record.row());
                if (earlier != null) {
                    problems.reject(ITEM, NLS.bind(Messages.Refused_itemTwiceRow, item, earlier));
                    return;
                }
                g.answers.add(new ItemAnswer(item, result, severity, record.get(NOTE)));
            }

            @Override
            public void validateEnd(FileProblems problems) {
                for (Group g : groups.values()) {
                    for (int i = 1; i <= g.items; i++) {
                        if (!g.rowOfItem.containsKey(i)) {
                            problems.reject(g.firstRow, ITEM, NLS.bind(Messages.Refused_inspectionIncomplete, i));
                            break;
                        }
                    }
                }
            }

            @Override
            public Optional<OrgUnit> unit(Record record) {
                return Optional.ofNullable(Lookups.unitOf(persistence, context, premises.get(record.get(PREMISES))));
            }

            @Override
            public void write(Record record, EntityManager em) {
                // the rows were gathered into their inspections while validating; finish writes them
            }

            @Override
            public void finish(EntityManager em) {
                for (Map.Entry<String, Group> e : groups.entrySet()) {
                    String[] k = e.getKey().split("\n");
                    InspectionWrites.inspect(em, PremisesWrites.require(em, k[0]), LocalDate.parse(k[1]), k[2], Integer.parseInt(k[3]),
                            e.getValue().answers, null);
                }
            }
        };
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        persistence.read(em -> {
            Map<Long, SafetyPremisesEntity> premises = new HashMap<>();
            Map<Long, Integer> versions = new HashMap<>();
            for (SafetyInspectionEntity i : em.createQuery(
                    "select i from SafetyInspection i where i.templateId is not null order by i.inspectedOn, i.id", SafetyInspectionEntity.class)
                    .getResultList()) {
                SafetyPremisesEntity p = premises.computeIfAbsent(i.premisesId, id -> em.find(SafetyPremisesEntity.class, id));
                int version = versions.computeIfAbsent(i.templateId, id -> em.find(SafetyTemplateEntity.class, id).templateVersion);
                for (SafetyFindingEntity f : em.createQuery("select f from SafetyFinding f where f.inspectionId = :i order by f.itemNo",
                        SafetyFindingEntity.class).setParameter("i", i.getId()).getResultList()) {
                    sink.write(p.code, i.inspectedOn, i.inspector, (long) version, (long) f.itemNo, CheckResult.parse(f.result).get(),
                            f.severity == null ? null : Severity.parse(f.severity).get(), f.note);
                }
            }
            return null;
        });
    }
}
