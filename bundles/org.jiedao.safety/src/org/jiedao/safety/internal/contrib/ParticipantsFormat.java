package org.jiedao.safety.internal.contrib;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportFilter;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.InvalidFilterException;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;
import org.jiedao.safety.internal.ContestWrites;
import org.jiedao.safety.internal.Messages;
import org.jiedao.safety.internal.SafetyEventEntity;
import org.jiedao.safety.internal.SafetyParticipantEntity;

/**
 * {@code safety-event-participants}: the organisations taking part in events (event, organisation,
 * kind, attendees); {@code event} is the event's code, {@code kind} free text such as property,
 * hotel, business.
 */
public final class ParticipantsFormat implements ImportableFormat, ExportableFormat {

    static final Column<String> EVENT = Column.text("event", "活动", 40).required();
    static final Column<String> ORGANISATION = Column.text("organisation", "参加单位", 200).required();
    static final Column<String> KIND = Column.text("kind", "单位类型", 40);
    static final Column<Long> ATTENDEES = Column.integer("attendees", "参加人数", 0, 100_000);

    @Inject
    private PersistenceService persistence;

    @Override
    public List<Column<?>> columns() {
        return List.of(EVENT, ORGANISATION, KIND, ATTENDEES);
    }

    private SafetyEventEntity event(String code) {
        return persistence.read(em -> ContestWrites.event(em, code));
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                if (event(record.get(EVENT)) == null) {
                    problems.reject(EVENT, NLS.bind(Messages.Refused_noEvent, record.get(EVENT)));
                }
            }

            @Override
            public Optional<OrgUnit> unit(Record record) {
                return Optional.ofNullable(Lookups.unitOf(persistence, context, event(record.get(EVENT))));
            }

            @Override
            public void write(Record r, EntityManager em) {
                Long attendees = r.get(ATTENDEES);
                ContestWrites.addParticipant(em, ContestWrites.event(em, r.get(EVENT)), r.get(ORGANISATION), r.get(KIND),
                        attendees == null ? null : attendees.intValue());
            }
        };
    }

    @Override
    public List<ExportFilter> filters() {
        return List.of(new ExportFilter("event", Messages.Export_filterEvent));
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        String only = context.filter("event").orElse(null);
        persistence.read(em -> {
            List<SafetyEventEntity> events;
            if (only != null) {
                SafetyEventEntity e = ContestWrites.event(em, only);
                if (e == null) {
                    throw new InvalidFilterException("event", NLS.bind(Messages.Refused_noEvent, only));
                }
                events = List.of(e);
            } else {
                events = em.createQuery("select e from SafetyEvent e order by e.heldOn, e.code", SafetyEventEntity.class).getResultList();
            }
            for (SafetyEventEntity e : events) {
                for (SafetyParticipantEntity p : em.createQuery("select p from SafetyParticipant p where p.eventId = :e order by p.id",
                        SafetyParticipantEntity.class).setParameter("e", e.getId()).getResultList()) {
                    sink.write(e.code, p.organisation, p.orgKind, p.attendees == null ? null : p.attendees.longValue());
                }
            }
            return null;
        });
    }
}
