package org.jiedao.eldercare.internal.contrib;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.ServiceKind;
import org.jiedao.eldercare.internal.BookingRow;
import org.jiedao.eldercare.internal.ElderRow;
import org.jiedao.eldercare.internal.EldercareSupport;
import org.jiedao.eldercare.internal.ServiceBookings;
import org.jiedao.eldercare.internal.ServiceRow;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;

/** {@code eldercare-bookings}: bookings of the service centre, within capacity (the rows before counted) and off closed days. */
public final class BookingsFormat implements ImportableFormat, ExportableFormat {

    static final Column<ServiceKind> SERVICE = Column.choice("service", "服务", ServiceKind.class).required();
    static final Column<String> ELDER = Column.text("elder_id_number", "身份证号码", 18).required();
    static final Column<LocalDate> DATE = Column.date("date", "日期").required();
    static final Column<Boolean> ATTENDED = Column.bool("attended", "到场");

    @Inject
    private PersistenceService persistence;
    @Inject
    private SecurityService security;
    @Inject
    private PersonalDataLog log;

    @Override
    public List<Column<?>> columns() {
        return List.of(SERVICE, ELDER, DATE, ATTENDED);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        Lookups lookups = new Lookups(persistence);
        Map<String, Integer> inFile = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                ElderRow elder = lookups.elder(record, ELDER, problems);
                ServiceKind kind = record.get(SERVICE);
                LocalDate day = record.get(DATE);
                if (elder == null || kind == null || day == null) {
                    return;
                }
                String key = elder.getUnitCode() + "/" + kind + "/" + day;
                Integer before = rows.putIfAbsent(key + "/" + elder.getId(), record.row());
                if (before != null) {
                    problems.reject(ELDER, NLS.bind(Messages.Import_twice, new Object[] { record.get(ELDER), before, record.row() }));
                    return;
                }
                int earlier = inFile.getOrDefault(key, 0);
                String refusal = persistence.read(em -> {
                    try {
                        ServiceRow s = ServiceBookings.service(em, elder.getUnitCode(), kind);
                        // the database's checks (closed, booked already, full) and then the rows before in this file
                        ServiceBookings.checkBooking(em, s, elder, day);
                        long booked = ServiceBookings.booked(em, s, day);
                        if (booked + earlier >= s.capacity()) {
                            return NLS.bind(Messages.Import_full, new Object[] { kind.displayName(context.locale()), day, s.capacity() });
                        }
                        return null;
                    } catch (RuntimeException e) {
                        return e.getMessage();
                    }
                });
                if (refusal != null) {
                    problems.reject(DATE, refusal);
                } else {
                    inFile.merge(key, 1, Integer::sum);
                }
            }

            @Override
            public Optional<OrgUnit> unit(Record record) {
                return Optional.ofNullable(persistence.read(em -> Lookups.elder(em, record, ELDER))).map(EldercareSupport::sameUnit);
            }

            @Override
            public void write(Record record, EntityManager em) {
                BookingRow b = ServiceBookings.book(em, record.get(SERVICE), Lookups.elder(em, record, ELDER), record.get(DATE));
                b.setAttended(Boolean.TRUE.equals(record.get(ATTENDED)));
                em.flush();
            }
        };
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        List<Object[]> rows = persistence.read(em -> em.createQuery("select s.kind, b.elderId, b.day, b.attended from EldercareBooking b,"
                + " EldercareService s where s.id = b.serviceId order by b.day, s.kind, b.id", Object[].class).getResultList());
        Map<Long, String> numbers = ElderNumbers.shown(persistence, security, log, "booking", rows.stream().map(r -> (Long) r[1]).distinct().toList());
        for (Object[] r : rows) {
            sink.write(ServiceKind.valueOf((String) r[0]), numbers.get((Long) r[1]), r[2], r[3]);
        }
    }
}
