package org.example.volunteers.internal.contrib;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.example.volunteers.internal.HoursRecorder;
import org.example.volunteers.internal.Messages;
import org.example.volunteers.internal.ServiceHours;
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
import org.jiedao.exchange.InvalidFilterException;
import org.jiedao.exchange.InvalidValueException;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;

/**
 * The {@code volunteer-hours} format: one row per volunteer and event, as community workers keep
 * the sign-in sheets of their events. Events and volunteers are created the first time they appear;
 * a volunteer's hours at an event are recorded once (a second row, in the file or already in the
 * database, is rejected with the row number).
 */
public final class VolunteerHoursFormat implements ImportableFormat, ExportableFormat {

    static final Column<LocalDate> EVENT_DATE = Column.date("event_date", "活动日期").required();
    static final Column<String> EVENT = Column.text("event", "活动名称", 100).required();
    static final Column<OrgUnit> COMMUNITY = Column.orgUnit("community", "社区").required();
    static final Column<String> PLACE = Column.text("place", "地点", 100);
    static final Column<String> VOLUNTEER = Column.text("volunteer", "志愿者", 50).required();
    static final Column<String> PHONE = Column.text("phone", "联系电话", 30);
    static final Column<String> ORGANISATION = Column.text("organisation", "所属组织", 100);
    static final Column<BigDecimal> HOURS = Column.decimal("hours", "服务时长", 1, new BigDecimal("0.5"), new BigDecimal("24")).required();
    static final Column<String> TASK = Column.text("task", "服务内容", 200);

    // created by the platform's Contributions factory: services injected
    @Inject
    private PersistenceService persistence;
    @Inject
    private OrgUnitService units;

    @Override
    public List<Column<?>> columns() {
        return List.of(EVENT_DATE, EVENT, COMMUNITY, PLACE, VOLUNTEER, PHONE, ORGANISATION, HOURS, TASK);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        String user = context.user().map(u -> u.username()).orElse("import");
        Set<String> inFile = new HashSet<>();
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                LocalDate day = record.get(EVENT_DATE);
                if (day != null && day.isAfter(LocalDate.now())) {
                    problems.reject(EVENT_DATE, NLS.bind(Messages.Refused_future, day));
                }
                String phone = record.get(PHONE);
                if (phone != null && !phone.matches("[0-9+\\- ()]+")) {
                    problems.reject(PHONE, NLS.bind(Messages.Refused_phone, phone));
                }
                if (problems.hasProblems() || day == null || record.get(EVENT) == null || record.get(COMMUNITY) == null
                        || record.get(VOLUNTEER) == null) {
                    return;
                }
                String key = String.join("\u0000", day.toString(), record.get(EVENT), record.get(COMMUNITY).code(), record.get(VOLUNTEER),
                        phone == null ? "" : phone);
                if (!inFile.add(key)) {
                    problems.reject(NLS.bind(Messages.Refused_twiceInFile, record.get(VOLUNTEER), record.get(EVENT)));
                } else if (persistence.read(em -> new HoursRecorder(em, user).isRecorded(day, record.get(EVENT), record.get(COMMUNITY),
                        record.get(VOLUNTEER), phone))) {
                    problems.reject(NLS.bind(Messages.Refused_alreadyRecorded, record.get(VOLUNTEER), record.get(EVENT)));
                }
            }

            @Override
            public void write(Record record, EntityManager em) {
                new HoursRecorder(em, user).record(record.get(EVENT_DATE), record.get(EVENT), record.get(COMMUNITY), record.get(PLACE),
                        record.get(VOLUNTEER), record.get(PHONE), record.get(ORGANISATION), record.get(HOURS), record.get(TASK));
            }
        };
    }

    @Override
    public List<ExportFilter> filters() {
        return List.of(new ExportFilter("month", Messages.Export_filterMonth), new ExportFilter("community", Messages.Export_filterCommunity));
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        LocalDate from = LocalDate.of(1900, 1, 1);
        LocalDate to = LocalDate.of(9999, 12, 31);
        String path = "/";
        if (context.filter("month").isPresent()) {
            try {
                YearMonth month = parseMonth(context.filter("month").get());
                from = month.atDay(1);
                to = month.atEndOfMonth();
            } catch (InvalidValueException e) {
                throw new InvalidFilterException("month", e.getMessage());
            }
        }
        if (context.filter("community").isPresent()) {
            try {
                path = context.orgUnit(context.filter("community").get()).path();
            } catch (InvalidValueException e) {
                throw new InvalidFilterException("community", e.getMessage());
            }
        }
        java.util.Map<String, String> names = new java.util.HashMap<>();
        units.list().forEach(u -> names.put(u.code(), u.name()));
        LocalDate f = from;
        LocalDate t = to;
        String p = path;
        persistence.read(em -> {
            em.createQuery("select h from VolunteerServiceHours h where h.event.heldOn between :from and :to and h.unitPath like :path"
                    + " order by h.event.heldOn, h.event.id, h.id", ServiceHours.class)
                    .setParameter("from", f).setParameter("to", t).setParameter("path", p + "%").getResultStream()
                    .forEach(h -> sink.write(h.getEvent().getHeldOn(), h.getEvent().getTitle(),
                            names.getOrDefault(h.getUnitCode(), h.getUnitCode()), h.getEvent().getPlace(), h.getVolunteer().getName(),
                            h.getVolunteer().getPhone(), h.getVolunteer().getOrganisation(), h.getHours(), h.getTask()));
            return null;
        });
    }

    /** @throws InvalidValueException naming the expected form YYYY-MM */
    public static YearMonth parseMonth(String text) throws InvalidValueException {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(NLS.bind(Messages.Refused_month, text));
        }
    }
}
