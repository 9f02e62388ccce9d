package org.jiedao.eldercare.internal.contrib;

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
import org.jiedao.eldercare.internal.CourseEnrolments;
import org.jiedao.eldercare.internal.CourseRow;
import org.jiedao.eldercare.internal.ElderRow;
import org.jiedao.eldercare.internal.EldercareSupport;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;

/** {@code eldercare-enrolments}: enrolments in order; beyond the capacity an elder joins the waiting list. */
public final class EnrolmentsFormat implements ImportableFormat, ExportableFormat {

    static final Column<String> COURSE = Column.text("course", "课程", 32).required();
    static final Column<String> ELDER = Column.text("elder_id_number", "身份证号码", 18).required();

    @Inject
    private PersistenceService persistence;
    @Inject
    private SecurityService security;
    @Inject
    private PersonalDataLog log;

    @Override
    public List<Column<?>> columns() {
        return List.of(COURSE, ELDER);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        Lookups lookups = new Lookups(persistence);
        Map<String, Integer> rows = new HashMap<>();
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                ElderRow elder = lookups.elder(record, ELDER, problems);
                String code = record.get(COURSE);
                if (code == null) {
                    return;
                }
                String refusal = persistence.read(em -> {
                    try {
                        CourseRow c = CourseEnrolments.course(em, code);
                        if (elder != null) {
                            CourseEnrolments.checkEnrolment(em, c, elder);
                        }
                        return null;
                    } catch (RuntimeException e) {
                        return e.getMessage();
                    }
                });
                if (refusal != null) {
                    problems.reject(COURSE, refusal);
                } else if (elder != null) {
                    Integer before = rows.putIfAbsent(code.strip() + "/" + elder.getId(), record.row());
                    if (before != null) {
                        problems.reject(ELDER, NLS.bind(Messages.Import_twice, new Object[] { record.get(ELDER), before, record.row() }));
                    }
                }
            }

            @Override
            public Optional<OrgUnit> unit(Record record) {
                return Optional.ofNullable(persistence.read(em -> Lookups.elder(em, record, ELDER))).map(EldercareSupport::sameUnit);
            }

            @Override
            public void write(Record record, EntityManager em) {
                CourseEnrolments.enrol(em, CourseEnrolments.course(em, record.get(COURSE)), Lookups.elder(em, record, ELDER));
                em.flush();
            }
        };
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        List<Object[]> rows = persistence.read(em -> em.createQuery("select c.code, n.elderId from EldercareEnrolment n, EldercareCourse c"
                + " where c.id = n.courseId order by c.code, n.status, n.seq", Object[].class).getResultList());
        Map<Long, String> numbers = ElderNumbers.shown(persistence, security, log, "enrolment", rows.stream().map(r -> (Long) r[1]).distinct().toList());
        for (Object[] r : rows) {
            sink.write(r[0], numbers.get((Long) r[1]));
        }
    }
}
