package org.jiedao.safety.internal.contrib;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.privacy.Masks;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.core.security.SecurityService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportFilter;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.InvalidFilterException;
import org.jiedao.exchange.InvalidValueException;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;
import org.jiedao.safety.NewPremises;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.internal.Messages;
import org.jiedao.safety.internal.PremisesWrites;
import org.jiedao.safety.internal.SafetyPremisesEntity;
import org.jiedao.safety.internal.SafetySupport;

/**
 * {@code safety-premises} (code, name, category, community, grid, address, owner, manager, phone): the
 * premises registry as sheets keep it. A row with a grid belongs to the grid, which must lie in the
 * row's community. The export masks the personal fields of units where the user lacks the permission.
 */
public final class PremisesFormat implements ImportableFormat, ExportableFormat {

    static final Column<String> CODE = Column.text("code", "编号", 40).required();
    static final Column<String> NAME = Column.text("name", "名称", 200).required();
    static final Column<PremisesCategory> CATEGORY = Column.choice("category", "类别", PremisesCategory.class).required();
    static final Column<OrgUnit> COMMUNITY = Column.orgUnit("community", "社区").required();
    static final Column<OrgUnit> GRID = Column.orgUnit("grid", "网格");
    static final Column<String> ADDRESS = Column.text("address", "地址", 400);
    static final Column<String> OWNER = Column.text("owner", "产权人", 200);
    static final Column<String> MANAGER = Column.text("manager", "管理人", 200);
    static final Column<String> PHONE = Column.text("phone", "电话", 200);

    @Inject
    private PersistenceService persistence;
    @Inject
    private OrgUnitService units;
    @Inject
    private SecurityService security;
    @Inject
    private PersonalDataLog personalData;

    @Override
    public List<Column<?>> columns() {
        return List.of(CODE, NAME, CATEGORY, COMMUNITY, GRID, ADDRESS, OWNER, MANAGER, PHONE);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        return new ImportSession() {
            final Set<String> codes = new HashSet<>();

            @Override
            public void validate(Record record, RowProblems problems) {
                String code = record.get(CODE);
                if (!codes.add(code) || persistence.read(em -> PremisesWrites.find(em, code)) != null
                        || ((Number) persistence.read(em -> em.createNativeQuery("SELECT COUNT(*) FROM SAFETY_PREMISES WHERE CODE = ?")
                                .setParameter(1, code).getSingleResult())).longValue() > 0) {
                    problems.reject(CODE, NLS.bind(Messages.Refused_premisesExists, code));
                }
                OrgUnit community = record.get(COMMUNITY);
                if (community.level() != OrgLevel.COMMUNITY) {
                    problems.reject(COMMUNITY, NLS.bind(Messages.Refused_notCommunity, community.name()));
                }
                OrgUnit grid = record.get(GRID);
                if (grid != null && (grid.level() != OrgLevel.GRID || !community.contains(grid))) {
                    problems.reject(GRID, NLS.bind(Messages.Refused_gridNotInCommunity, grid.name(), community.name()));
                }
            }

            @Override
            public Optional<OrgUnit> unit(Record record) {
                return Optional.ofNullable(record.get(GRID));
            }

            @Override
            public void write(Record r, EntityManager em) {
                OrgUnit unit = r.get(GRID) != null ? r.get(GRID) : r.get(COMMUNITY);
                PremisesWrites.create(em, new NewPremises(r.get(CODE), r.get(NAME), r.get(CATEGORY), unit.code(), r.get(ADDRESS), r.get(OWNER),
                        r.get(MANAGER), r.get(PHONE), null, null, null), unit);
            }
        };
    }

    @Override
    public List<ExportFilter> filters() {
        return List.of(new ExportFilter("community", Messages.Export_filterCommunity));
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        String path = null;
        if (context.filter("community").isPresent()) {
            try {
                path = context.orgUnit(context.filter("community").get()).path();
            } catch (InvalidValueException e) {
                throw new InvalidFilterException("community", e.getMessage());
            }
        }
        Map<String, OrgUnit> byCode = new HashMap<>();
        units.list().forEach(u -> byCode.put(u.code(), u));
        Map<String, Boolean> clear = new HashMap<>();
        String p = path;
        long[] unmaskedRows = { 0 };
        persistence.read(em -> {
            var q = em.createQuery("select p from SafetyPremises p" + (p == null ? "" : " where p.unitPath like :path") + " order by p.code",
                    SafetyPremisesEntity.class);
            if (p != null) {
                q.setParameter("path", p + "%");
            }
            q.getResultStream().forEach(e -> {
                OrgUnit unit = byCode.get(e.getUnitCode());
                boolean isGrid = unit != null && unit.level() == OrgLevel.GRID;
                OrgUnit community = isGrid ? byCode.get(unit.parentCode().orElse("")) : unit;
                boolean unmasked = clear.computeIfAbsent(e.getUnitCode(), c -> security.isPermitted(SafetySupport.PERSONAL_PERMISSION, c));
                if (unmasked && (e.address != null || e.owner != null || e.manager != null || e.phone != null)) {
                    unmaskedRows[0]++;
                }
                sink.write(e.code, e.name, PremisesCategory.parse(e.category).get(), community, isGrid ? unit : null,
                        unmasked ? e.address : Masks.address(e.address), unmasked ? e.owner : Masks.name(e.owner),
                        unmasked ? e.manager : Masks.name(e.manager), unmasked ? e.phone : Masks.phone(e.phone));
            });
            return null;
        });
        if (unmaskedRows[0] > 0) {
            personalData.recordRead(SafetySupport.MODULE, "premises", null, null, PersonalDataLog.Purpose.EXPORT, unmaskedRows[0]);
        }
    }
}
