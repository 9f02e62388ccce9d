package org.jiedao.safety.internal.contrib;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportFilter;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;
import org.jiedao.safety.EventKind;
import org.jiedao.safety.internal.ContestWrites;
import org.jiedao.safety.internal.Messages;
import org.jiedao.safety.internal.SafetyEventEntity;

/**
 * {@code safety-events}: safety events — contests, lectures, drills (code, kind, title, held_on,
 * community, place, organisers, attendance, note). A contest imported here gets the default point
 * values; {@code jiedao-cli safety contest create} sets others.
 */
public final class EventsFormat implements ImportableFormat, ExportableFormat {

    static final Column<String> CODE = Column.text("code", "编号", 40).required();
    static final Column<EventKind> KIND = Column.choice("kind", "类型", EventKind.class).required();
    static final Column<String> TITLE = Column.text("title", "名称", 200).required();
    static final Column<java.time.LocalDate> HELD_ON = Column.date("held_on", "日期").required();
    static final Column<OrgUnit> COMMUNITY = Column.orgUnit("community", "社区").required();
    static final Column<String> PLACE = Column.text("place", "地点", 200);
    static final Column<String> ORGANISERS = Column.text("organisers", "组织单位", 500);
    static final Column<Long> ATTENDANCE = Column.integer("attendance", "参加人数", 0, 1_000_000);
    static final Column<String> NOTE = Column.text("note", "备注", 1000);

    @Inject
    private PersistenceService persistence;
    @Inject
    private OrgUnitService units;

    @Override
    public List<Column<?>> columns() {
        return List.of(CODE, KIND, TITLE, HELD_ON, COMMUNITY, PLACE, ORGANISERS, ATTENDANCE, NOTE);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        return new ImportSession() {
            final Set<String> seen = new HashSet<>();

            @Override
            public void validate(Record record, RowProblems problems) {
                String code = record.get(CODE);
                if (!seen.add(code) || ((Number) persistence.read(em -> em.createNativeQuery("SELECT COUNT(*) FROM SAFETY_EVENT WHERE CODE = ?")
                        .setParameter(1, code).getSingleResult())).longValue() > 0) {
                    problems.reject(CODE, NLS.bind(Messages.Refused_eventExists, code));
                }
                OrgUnit community = record.get(COMMUNITY);
                if (community.level() != OrgLevel.COMMUNITY) {
                    problems.reject(COMMUNITY, NLS.bind(Messages.Refused_notCommunity, community.name()));
                }
            }

            @Override
            public Optional<OrgUnit> unit(Record record) {
                return Optional.of(record.get(COMMUNITY));
            }

            @Override
            public void write(Record r, EntityManager em) {
                Long attendance = r.get(ATTENDANCE);
                ContestWrites.createEvent(em, r.get(CODE), r.get(KIND), r.get(TITLE), r.get(HELD_ON), r.get(COMMUNITY), r.get(PLACE), r.get(ORGANISERS),
                        attendance == null ? null : attendance.intValue(), r.get(NOTE), null);
            }
        };
    }

    @Override
    public List<ExportFilter> filters() {
        return List.of(new ExportFilter("kind", Messages.Export_filterKind));
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        EventKind only = context.filter("kind").map(k -> EventKind.parse(k)
                .orElseThrow(() -> new org.jiedao.exchange.InvalidFilterException("kind", NLS.bind(Messages.Refused_badKind, k)))).orElse(null);
        java.util.Map<String, OrgUnit> byCode = new java.util.HashMap<>();
        units.list().forEach(u -> byCode.put(u.code(), u));
        persistence.read(em -> {
            for (SafetyEventEntity e : em.createQuery("select e from SafetyEvent e order by e.heldOn, e.code", SafetyEventEntity.class).getResultList()) {
                EventKind kind = EventKind.parse(e.kind).orElseThrow();
                if (only != null && kind != only) {
                    continue;
                }
                OrgUnit unit = byCode.get(e.getUnitCode());
                sink.write(e.code, kind, e.title, e.heldOn, unit, e.place, e.organisers, e.attendance == null ? null : e.attendance.longValue(), e.note);
            }
            return null;
        });
    }
}
