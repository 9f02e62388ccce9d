package org.jiedao.eldercare.internal.contrib;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.eldercare.Courses;
import org.jiedao.eldercare.internal.CourseEnrolments;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;

/**
 * {@code eldercare-courses}: the community school's courses. The optional {@code community} column names
 * the community; without it a community worker's own community counts.
 */
public final class CoursesFormat implements ImportableFormat, ExportableFormat {

    static final Column<String> CODE = Column.text("code", "课程编号", 32).required();
    static final Column<String> NAME = Column.text("name", "课程名称", 100).required();
    static final Column<String> TERM = Column.text("term", "学期", 32).required();
    static final Column<Long> CAPACITY = Column.integer("capacity", "名额", 1, 10_000).required();
    static final Column<OrgUnit> COMMUNITY = Column.orgUnit("community", "社区");

    @Inject
    private Courses courses;
    @Inject
    private SecurityService security;
    @Inject
    private OrgUnitService units;

    @Override
    public List<Column<?>> columns() {
        return List.of(CODE, NAME, TERM, CAPACITY, COMMUNITY);
    }

    private Optional<OrgUnit> community(Record record) {
        if (record.get(COMMUNITY) != null) {
            return Optional.of(record.get(COMMUNITY));
        }
        return security.currentUser().flatMap(u -> u.unitCode()).flatMap(units::find);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        List<String> existing = courses.courses().stream().map(Courses.Course::code).toList();
        Map<String, Integer> rows = new HashMap<>();
        return new ImportSession() {
            @Override
            public void validate(Record record, RowProblems problems) {
                String code = record.get(CODE);
                if (code == null) {
                    return;
                }
                Integer before = rows.putIfAbsent(code.strip(), record.row());
                if (before != null) {
                    problems.reject(CODE, NLS.bind(Messages.Import_twice, new Object[] { code, before, record.row() }));
                } else if (existing.contains(code.strip())) {
                    problems.reject(CODE, NLS.bind(org.jiedao.eldercare.internal.Messages.Refused_courseExists, code.strip()));
                }
                if (community(record).isEmpty()) {
                    problems.reject(COMMUNITY, Messages.Import_noCommunity);
                }
            }

            @Override
            public Optional<OrgUnit> unit(Record record) {
                return community(record);
            }

            @Override
            public void write(Record record, EntityManager em) {
                CourseEnrolments.create(em, community(record).orElseThrow(), record.get(CODE), record.get(NAME), record.get(TERM),
                        record.get(CAPACITY).intValue());
            }
        };
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        Map<String, String> names = new HashMap<>();
        units.list().forEach(u -> names.put(u.code(), u.name()));
        for (Courses.Course c : courses.courses()) {
            sink.write(c.code(), c.name(), c.term(), (long) c.capacity(), names.getOrDefault(c.communityCode(), c.communityCode()));
        }
    }
}
