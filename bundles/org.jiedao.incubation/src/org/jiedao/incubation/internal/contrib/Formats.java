package org.jiedao.incubation.internal.contrib;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.jiedao.incubation.IncubationException;
import org.jiedao.incubation.ProjectStatus;
import org.jiedao.incubation.Records.DeskRequest;
import org.jiedao.incubation.RoundStatus;
import org.jiedao.incubation.internal.ApplicationEntity;
import org.jiedao.incubation.internal.CohortEntity;
import org.jiedao.incubation.internal.ConsultationEntity;
import org.jiedao.incubation.internal.DeskEntity;
import org.jiedao.incubation.internal.FigureEntity;
import org.jiedao.incubation.internal.IncubationSupport;
import org.jiedao.incubation.internal.IncubatorEntity;
import org.jiedao.incubation.internal.Messages;
import org.jiedao.incubation.internal.ProjectEntity;
import org.jiedao.incubation.internal.RankingEntity;
import org.jiedao.incubation.internal.RoundEntity;
import org.jiedao.incubation.internal.SessionEntity;
import org.jiedao.incubation.internal.StationEntity;
import org.jiedao.incubation.internal.Writes;

/**
 * The module's import/export formats (keys and column keys are contracts; Chinese headers are
 * accepted too). Every import is all-or-nothing: the checks of {@link Writes} run in
 * {@code validate}, so a refusal names the row and the column, and nothing is written.
 */
public final class Formats {

    private Formats() {
    }

    /** What the formats share: the module's support service and the check-to-problem bridge. */
    abstract static class Base implements ImportableFormat, ExportableFormat {
        @Inject
        IncubationSupport support;

        /** Runs a check; its refusal becomes the row's problem in the column. */
        static boolean check(RowProblems problems, Column<?> column, Runnable check) {
            try {
                check.run();
                return true;
            } catch (IncubationException | org.jiedao.core.org.OrgUnitException e) {
                problems.reject(column, e.getMessage());
                return false;
            }
        }

        <T> T read(java.util.function.Function<EntityManager, T> work) {
            return support.persistence().read(work);
        }

        Map<String, String> names() {
            return support.names();
        }

        @Override
        public List<ExportFilter> filters() {
            return List.of();
        }

        static boolean isCommunity(RowProblems problems, Column<OrgUnit> column, OrgUnit unit) {
            if (unit != null && unit.level() != OrgLevel.COMMUNITY) {
                problems.reject(column, NLS.bind(Messages.Refused_notCommunity, unit.name()));
                return false;
            }
            return true;
        }

        static <T> List<T> list(EntityManager em, String jpql, Class<T> type) {
            return em.createQuery(jpql, type).getResultList();
        }
    }

    /** {@code incubation-stations}: community, name, address, opened_on, closed_on, guidance_room. */
    public static final class Stations extends Base {
        static final Column<OrgUnit> COMMUNITY = Column.orgUnit("community", "社区").required();
        static final Column<String> NAME = Column.text("name", "驿站名称", 100).required();
        static final Column<String> ADDRESS = Column.text("address", "地址", 200);
        static final Column<LocalDate> OPENED_ON = Column.date("opened_on", "启用日期").required();
        static final Column<LocalDate> CLOSED_ON = Column.date("closed_on", "关闭日期");
        static final Column<Boolean> GUIDANCE_ROOM = Column.bool("guidance_room", "助理指导室");

        @Override
        public List<Column<?>> columns() {
            return List.of(COMMUNITY, NAME, ADDRESS, OPENED_ON, CLOSED_ON, GUIDANCE_ROOM);
        }

        @Override
        public ImportSession beginImport(ImportContext context) {
            return new ImportSession() {
                @Override
                public void validate(Record r, RowProblems problems) {
                    isCommunity(problems, COMMUNITY, r.get(COMMUNITY));
                    LocalDate closed = r.get(CLOSED_ON);
                    if (closed != null && r.get(OPENED_ON) != null && closed.isBefore(r.get(OPENED_ON))) {
                        problems.reject(CLOSED_ON, NLS.bind(Messages.Refused_closedBeforeOpened, closed, r.get(OPENED_ON)));
                    }
                }

                @Override
                public void write(Record r, EntityManager em) {
                    Writes.station(em, r.get(COMMUNITY), r.get(NAME), r.get(ADDRESS), r.get(OPENED_ON), r.get(CLOSED_ON),
                            r.find(GUIDANCE_ROOM).orElse(false));
                }
            };
        }

        @Override
        public void export(ExportContext context, RecordSink sink) {
            Map<String, String> names = names();
            read(em -> {
                for (StationEntity s : list(em, "select s from IncubationStation s order by s.unitCode, s.openedOn", StationEntity.class)) {
                    sink.write(names.getOrDefault(s.getUnitCode(), s.getUnitCode()), s.getName(), s.getAddress(), s.getOpenedOn(), s.getClosedOn(),
                            s.isGuidanceRoom());
                }
                return null;
            });
        }
    }

    /** {@code incubation-projects}: code, name, founder, phone, sector, student, school, graduation_year, excellent, community, entry_date, exit_date, status. */
    public static final class Projects extends Base {
        static final Column<String> CODE = Column.text("code", "项目编号", 40).required();
        static final Column<String> NAME = Column.text("name", "项目名称", 100).required();
        static final Column<String> FOUNDER = Column.text("founder", "创办人", 50);
        static final Column<String> PHONE = Column.text("phone", "联系电话", 100);
        static final Column<String> SECTOR = Column.text("sector", "行业", 50);
        static final Column<Boolean> STUDENT = Column.bool("student", "学生项目");
        static final Column<String> SCHOOL = Column.text("school", "学校", 100);
        static final Column<Long> GRADUATION_YEAR = Column.integer("graduation_year", "毕业年份", 1949, 2200);
        static final Column<Boolean> EXCELLENT = Column.bool("excellent", "优秀学生项目");
        static final Column<OrgUnit> COMMUNITY = Column.orgUnit("community", "社区").required();
        static final Column<LocalDate> ENTRY_DATE = Column.date("entry_date", "入驻日期");
        static final Column<LocalDate> EXIT_DATE = Column.date("exit_date", "退出日期");
        static final Column<ProjectStatus> STATUS = Column.choice("status", "状态", ProjectStatus.class);

        @Override
        public List<Column<?>> columns() {
            return List.of(CODE, NAME, FOUNDER, PHONE, SECTOR, STUDENT, SCHOOL, GRADUATION_YEAR, EXCELLENT, COMMUNITY, ENTRY_DATE, EXIT_DATE, STATUS);
        }

        @Override
        public ImportSession beginImport(ImportContext context) {
            // every project code of the installation (not only the user's scope), read once: a code is unique everywhere
            Set<String> taken = new HashSet<>();
            read(em -> {
                for (Object code : em.createNativeQuery("select CODE from INCUBATION_PROJECT").getResultList()) {
                    taken.add(String.valueOf(code));
                }
                return null;
            });
            return new ImportSession() {
                final org.jiedao.incubation.internal.ProjectCounts counts = new org.jiedao.incubation.internal.ProjectCounts();

                @Override
                public void validate(Record r, RowProblems problems) {
                    String code = r.get(CODE);
                    if (code != null) {
                        if (!taken.add(code.strip())) {
                            problems.reject(CODE, NLS.bind(Messages.Refused_codeTaken, code.strip()));
                        }
                    }
                    String phone = r.get(PHONE);
                    if (phone != null && !phone.matches("[0-9+\\- ()]+")) {
                        problems.reject(PHONE, NLS.bind(Messages.Refused_phoneFormat, phone));
                    }
                    check(problems, EXIT_DATE, () -> Writes.checkDates(r.get(ENTRY_DATE), r.get(EXIT_DATE)));
                    if (r.find(EXCELLENT).orElse(false) && !r.find(STUDENT).orElse(false)) {
                        problems.reject(EXCELLENT, NLS.bind(Messages.Refused_excellentNotStudent, code));
                    }
                    ProjectStatus s = r.get(STATUS);
                    if (s != null && s != ProjectStatus.APPLIED && r.get(ENTRY_DATE) == null) {
                        problems.reject(ENTRY_DATE, NLS.bind(Messages.Refused_entryMissing, code));
                    }
                    if (s == ProjectStatus.EXITED && r.get(EXIT_DATE) == null) {
                        problems.reject(EXIT_DATE, NLS.bind(Messages.Refused_exitMissing, code));
                    }
                }

                @Override
                public void write(Record r, EntityManager em) {
                    Long year = r.get(GRADUATION_YEAR);
                    Writes.newProject(em, r.get(COMMUNITY), r.get(CODE), r.get(NAME), r.get(FOUNDER), r.get(PHONE), r.get(SECTOR),
                            r.find(STUDENT).orElse(false), r.get(SCHOOL), year == null ? null : year.intValue(), r.find(EXCELLENT).orElse(false),
                            r.get(ENTRY_DATE), r.get(EXIT_DATE), r.get(STATUS), counts);
                }

                @Override
                public void finish(EntityManager em) {
                    counts.write(em); // the kept counts, once per unit and year
                }
            };
        }

        @Override
        public void export(ExportContext context, RecordSink sink) {
            Map<String, String> names = names();
            Map<String, Boolean> visible = new HashMap<>();
            long[] clear = { 0 };
            read(em -> {
                for (ProjectEntity p : list(em, "select p from IncubationProject p order by p.code", ProjectEntity.class)) {
                    boolean v = visible.computeIfAbsent(p.getUnitCode(), support::personalVisible);
                    if (v && (p.getFounder() != null || p.getPhone() != null)) {
                        clear[0]++;
                    }
                    sink.write(p.getCode(), p.getName(), v ? p.getFounder() : org.jiedao.core.privacy.Masks.name(p.getFounder()), v ? p.getPhone() : org.jiedao.core.privacy.Masks.phone(p.getPhone()),
                            p.getSector(), p.isStudent(), p.getSchool(), p.getGraduationYear() == null ? null : p.getGraduationYear().longValue(),
                            p.isExcellent(), names.getOrDefault(p.getUnitCode(), p.getUnitCode()), p.getEntryDate(), p.getExitDate(),
                            ProjectStatus.valueOf(p.getStatus()));
                }
                return null;
            });
            support.logRead("project", null, null, org.jiedao.core.privacy.PersonalDataLog.Purpose.EXPORT, clear[0]);
        }
    }

    /** {@code incubation-figures}: year, project, jobs, turnover. */
    public static final class Figures extends Base {
        static final Column<Long> YEAR = Column.integer("year", "年度", 1949, 2200).required();
        static final Column<String> PROJECT = Column.text("project", "项目编号", 40).required();
        static final Column<Long> JOBS = Column.integer("jobs", "带动就业人数", 0, 1_000_000).required();
        static final Column<BigDecimal> TURNOVER = Column.decimal("turnover", "营业额", 2, BigDecimal.ZERO, new BigDecimal("9999999999999.99"))
                .required();

        @Override
        public List<Column<?>> columns() {
            return List.of(YEAR, PROJECT, JOBS, TURNOVER);
        }

        @Override
        public ImportSession beginImport(ImportContext context) {
            // the projects' ids and units, read once per import (not a query per row)
            Map<String, Object[]> projects = new HashMap<>();
            read(em -> {
                for (Object[] p : em.createQuery("select p.code, p.id, p.unitCode from IncubationProject p", Object[].class).getResultList()) {
                    projects.put((String) p[0], p);
                }
                return null;
            });
            Set<String> inFile = new HashSet<>();
            Set<Integer> years = new HashSet<>();
            Map<String, Optional<OrgUnit>> units = new HashMap<>();
            return new ImportSession() {
                /** "projectId/year" → the recorded figures' id, read at the first write for the file's years */
                Map<String, Long> recorded;
                final org.jiedao.incubation.internal.FigureSums sums = new org.jiedao.incubation.internal.FigureSums();

                @Override
                public void validate(Record r, RowProblems problems) {
                    String code = r.get(PROJECT);
                    if (code == null) {
                        return;
                    }
                    if (!projects.containsKey(code.strip())) {
                        problems.reject(PROJECT, NLS.bind(Messages.Refused_noProject, code));
                    } else if (r.get(YEAR) != null && !inFile.add(code.strip() + "/" + r.get(YEAR))) {
                        problems.reject(YEAR, NLS.bind(Messages.Refused_figuresTwice, code, r.get(YEAR)));
                    } else if (r.get(YEAR) != null) {
                        years.add(r.get(YEAR).intValue());
                    }
                }

                @Override
                public Optional<OrgUnit> unit(Record r) {
                    return unitOf(projects.get(r.get(PROJECT).strip()));
                }

                private Optional<OrgUnit> unitOf(Object[] project) {
                    return project == null ? Optional.empty() : units.computeIfAbsent((String) project[2], support.units()::find);
                }

                @Override
                public void write(Record r, EntityManager em) {
                    if (recorded == null) { // the first write: nothing written yet, so the query flushes nothing
                        recorded = new HashMap<>();
                        if (!years.isEmpty()) {
                            for (Object[] f : em.createQuery("select f.id, f.projectId, f.year from IncubationFigure f where f.year in :y", Object[].class)
                                    .setParameter("y", List.copyOf(years)).getResultList()) {
                                recorded.put(f[1] + "/" + f[2], (Long) f[0]);
                            }
                        }
                    }
                    Object[] project = projects.get(r.get(PROJECT).strip());
                    long projectId = (Long) project[1];
                    int year = r.get(YEAR).intValue();
                    Long id = recorded.get(projectId + "/" + year);
                    FigureEntity f = id == null ? null : em.find(FigureEntity.class, id);
                    boolean added = f == null;
                    if (added) {
                        f = new FigureEntity();
                        f.setProjectId(projectId);
                        f.setYear(year);
                        f.setUnit(unitOf(project).orElseThrow());
                    }
                    long jobsBefore = added ? 0 : f.getJobs();
                    BigDecimal turnoverBefore = added ? BigDecimal.ZERO : f.getTurnover();
                    f.setJobs(IncubationSupport.count(r.get(JOBS).intValue(), Messages.Field_jobs));
                    f.setTurnover(IncubationSupport.yuan(r.get(TURNOVER), Messages.Field_turnover));
                    if (added) {
                        em.persist(f);
                    }
                    sums.add(f, f.getJobs() - jobsBefore, f.getTurnover().subtract(turnoverBefore), added ? 1 : 0);
                }

                @Override
                public void finish(EntityManager em) {
                    sums.write(em); // the kept sums, once per unit and year
                }
            };
        }

        @Override
        public void export(ExportContext context, RecordSink sink) {
            read(em -> {
                Map<Long, String> codes = new HashMap<>();
                list(em, "select p from IncubationProject p", ProjectEntity.class).forEach(p -> codes.put(p.getId(), p.getCode()));
                for (FigureEntity f : list(em, "select f from IncubationFigure f order by f.year, f.projectId", FigureEntity.class)) {
                    sink.write((long) f.getYear(), codes.get(f.getProjectId()), (long) f.getJobs(), f.getTurnover());
                }
                return null;
            });
        }
    }

    /** {@code incubation-consultations}: date, community, topic, resident, handled_by. */
    public static final class Consultations extends Base {
        static final Column<LocalDate> DATE = Column.date("date", "日期").required();
        static final Column<OrgUnit> COMMUNITY = Column.orgUnit("community", "社区").required();
        static final Column<String> TOPIC = Column.text("topic", "咨询内容", 200).required();
        static final Column<String> RESIDENT = Column.text("resident", "咨询人", 100);
        static final Column<String> HANDLED_BY = Column.text("handled_by", "接待人", 50);

        @Override
        public List<Column<?>> columns() {
            return List.of(DATE, COMMUNITY, TOPIC, RESIDENT, HANDLED_BY);
        }

        @Override
        public ImportSession beginImport(ImportContext context) {
            return new ImportSession() {
                @Override
                public void validate(Record r, RowProblems problems) {
                    isCommunity(problems, COMMUNITY, r.get(COMMUNITY));
                }

                @Override
                public void write(Record r, EntityManager em) {
                    Writes.consultation(em, r.get(COMMUNITY), r.get(DATE), r.get(TOPIC), r.get(RESIDENT), r.get(HANDLED_BY));
                }
            };
        }

        @Override
        public void export(ExportContext context, RecordSink sink) {
            Map<String, String> names = names();
            Map<String, Boolean> visible = new HashMap<>();
            long[] clear = { 0 };
            read(em -> {
                for (ConsultationEntity c : list(em, "select c from IncubationConsultation c order by c.day, c.id", ConsultationEntity.class)) {
                    boolean v = visible.computeIfAbsent(c.getUnitCode(), support::personalVisible);
                    if (v && c.getResident() != null) {
                        clear[0]++;
                    }
                    sink.write(c.getDay(), names.getOrDefault(c.getUnitCode(), c.getUnitCode()), c.getTopic(),
                            v ? c.getResident() : org.jiedao.core.privacy.Masks.name(c.getResident()), c.getHandledBy());
                }
                return null;
            });
            support.logRead("consultation", null, null, org.jiedao.core.privacy.PersonalDataLog.Purpose.EXPORT, clear[0]);
        }
    }

    /** {@code incubation-sessions}: date, community, title, attendance. */
    public static final class Sessions extends Base {
        static final Column<LocalDate> DATE = Column.date("date", "日期").required();
        static final Column<OrgUnit> COMMUNITY = Column.orgUnit("community", "社区").required();
        static final Column<String> TITLE = Column.text("title", "活动名称", 200).required();
        static final Column<Long> ATTENDANCE = Column.integer("attendance", "参加人数", 0, 1_000_000).required();

        @Override
        public List<Column<?>> columns() {
            return List.of(DATE, COMMUNITY, TITLE, ATTENDANCE);
        }

        @Override
        public ImportSession beginImport(ImportContext context) {
            return new ImportSession() {
                @Override
                public void validate(Record r, RowProblems problems) {
                    isCommunity(problems, COMMUNITY, r.get(COMMUNITY));
                }

                @Override
                public void write(Record r, EntityManager em) {
                    Writes.session(em, r.get(COMMUNITY), r.get(DATE), r.get(TITLE), r.get(ATTENDANCE).intValue());
                }
            };
        }

        @Override
        public void export(ExportContext context, RecordSink sink) {
            Map<String, String> names = names();
            read(em -> {
                for (SessionEntity s : list(em, "select s from IncubationSession s order by s.day, s.id", SessionEntity.class)) {
                    sink.write(s.getDay(), names.getOrDefault(s.getUnitCode(), s.getUnitCode()), s.getTitle(), (long) s.getAttendance());
                }
                return null;
            });
        }
    }

    /** {@code incubation-siyb}: cohort, start_date, end_date, trainer, participants, graduates (the cohort belongs to the importing officer's unit). */
    public static final class Siyb extends Base {
        static final Column<String> COHORT = Column.text("cohort", "培训班", 100).required();
        static final Column<LocalDate> START = Column.date("start_date", "开始日期").required();
        static final Column<LocalDate> END = Column.date("end_date", "结束日期").required();
        static final Column<String> TRAINER = Column.text("trainer", "培训师", 50);
        static final Column<Long> PARTICIPANTS = Column.integer("participants", "参训人数", 0, 100_000).required();
        static final Column<Long> GRADUATES = Column.integer("graduates", "结业人数", 0, 100_000).required();

        @Override
        public List<Column<?>> columns() {
            return List.of(COHORT, START, END, TRAINER, PARTICIPANTS, GRADUATES);
        }

        @Override
        public ImportSession beginImport(ImportContext context) {
            Optional<OrgUnit> unit = context.user().flatMap(u -> u.unitCode()).flatMap(support.units()::find);
            Set<String> inFile = new HashSet<>();
            return new ImportSession() {
                @Override
                public void validate(Record r, RowProblems problems) {
                    if (unit.isEmpty()) {
                        problems.reject(Messages.Refused_cohortUnit);
                    }
                    String name = r.get(COHORT);
                    if (name != null && (!inFile.add(name.strip()) || read(em -> !em.createQuery(
                            "select c.id from IncubationCohort c where c.name = :n", Long.class).setParameter("n", name.strip()).getResultList()
                            .isEmpty()))) {
                        problems.reject(COHORT, NLS.bind(Messages.Refused_cohortTaken, name.strip()));
                    }
                    if (r.get(START) != null && r.get(END) != null && r.get(END).isBefore(r.get(START))) {
                        problems.reject(END, NLS.bind(Messages.Refused_endBeforeStart, r.get(END), r.get(START)));
                    }
                    if (r.get(PARTICIPANTS) != null && r.get(GRADUATES) != null && r.get(GRADUATES) > r.get(PARTICIPANTS)) {
                        problems.reject(GRADUATES, NLS.bind(Messages.Refused_graduates, r.get(GRADUATES), r.get(PARTICIPANTS)));
                    }
                }

                @Override
                public Optional<OrgUnit> unit(Record record) {
                    return unit;
                }

                @Override
                public void write(Record r, EntityManager em) {
                    Writes.cohort(em, unit.orElseThrow(), r.get(COHORT), r.get(START), r.get(END), r.get(TRAINER), r.get(PARTICIPANTS).intValue(),
                            r.get(GRADUATES).intValue());
                }
            };
        }

        @Override
        public void export(ExportContext context, RecordSink sink) {
            read(em -> {
                for (CohortEntity c : list(em, "select c from IncubationCohort c order by c.startDate, c.name", CohortEntity.class)) {
                    sink.write(c.getName(), c.getStartDate(), c.getEndDate(), c.getTrainer(), (long) c.getParticipants(), (long) c.getGraduates());
                }
                return null;
            });
        }
    }

    /** {@code incubation-desks}: incubator, student, school, graduation_year, project, from, to. */
    public static final class Desks extends Base {
        static final Column<String> INCUBATOR = Column.text("incubator", "孵化载体", 100).required();
        static final Column<String> STUDENT = Column.text("student", "学生", 50).required();
        static final Column<String> SCHOOL = Column.text("school", "学校", 100).required();
        static final Column<Long> GRADUATION_YEAR = Column.integer("graduation_year", "毕业年份", 1949, 2200).required();
        static final Column<String> PROJECT = Column.text("project", "项目编号", 40);
        static final Column<LocalDate> FROM = Column.date("from", "起始日期").required();
        static final Column<LocalDate> TO = Column.date("to", "截止日期").required();

        @Override
        public List<Column<?>> columns() {
            return List.of(INCUBATOR, STUDENT, SCHOOL, GRADUATION_YEAR, PROJECT, FROM, TO);
        }

        @Override
        public ImportSession beginImport(ImportContext context) {
            List<DeskEntity> pending = new ArrayList<>();
            Map<String, Optional<IncubatorEntity>> incubators = new HashMap<>();
            int years = support.setting(IncubationSupport.ELIGIBILITY_YEARS);
            return new ImportSession() {
                @Override
                public void validate(Record r, RowProblems problems) {
                    String name = r.get(INCUBATOR);
                    if (name == null || r.get(STUDENT) == null || r.get(SCHOOL) == null || r.get(GRADUATION_YEAR) == null || r.get(FROM) == null
                            || r.get(TO) == null) {
                        return;
                    }
                    Optional<IncubatorEntity> incubator = incubators.computeIfAbsent(name.strip(), n -> read(em -> em.createQuery(
                            "select i from IncubationIncubator i where i.name = :n", IncubatorEntity.class).setParameter("n", n).getResultStream()
                            .findFirst()));
                    if (incubator.isEmpty()) {
                        problems.reject(INCUBATOR, NLS.bind(Messages.Refused_noIncubator, name));
                        return;
                    }
                    DeskRequest request = request(r);
                    Column<?> column = r.get(TO).isBefore(r.get(FROM)) ? TO : r.get(TO).getYear() - request.graduationYear() > years ? GRADUATION_YEAR : TO;
                    if (check(problems, column, () -> read(em -> {
                        Writes.checkDesk(em, incubator.get(), request, years, pending);
                        return null;
                    }))) {
                        DeskEntity d = new DeskEntity();
                        d.setIncubatorId(incubator.get().getId());
                        d.setStudent(request.student());
                        d.setFromDate(request.from());
                        d.setToDate(request.to());
                        pending.add(d);
                    }
                }

                @Override
                public Optional<OrgUnit> unit(Record r) {
                    return incubators.get(r.get(INCUBATOR).strip()).flatMap(i -> support.units().find(i.getUnitCode()));
                }

                @Override
                public void write(Record r, EntityManager em) {
                    Writes.desk(em, IncubationSupport.incubator(em, r.get(INCUBATOR)), request(r), years, null);
                }
            };
        }

        static DeskRequest request(Record r) {
            return new DeskRequest(r.get(INCUBATOR), r.get(STUDENT), r.get(SCHOOL), r.get(GRADUATION_YEAR).intValue(), r.get(PROJECT), r.get(FROM),
                    r.get(TO));
        }

        @Override
        public void export(ExportContext context, RecordSink sink) {
            read(em -> {
                Map<Long, String> names = new HashMap<>();
                list(em, "select i from IncubationIncubator i", IncubatorEntity.class).forEach(i -> names.put(i.getId(), i.getName()));
                for (DeskEntity d : list(em, "select d from IncubationDesk d order by d.incubatorId, d.fromDate, d.student", DeskEntity.class)) {
                    sink.write(names.get(d.getIncubatorId()), d.getStudent(), d.getSchool(), (long) d.getGraduationYear(), d.getProjectCode(),
                            d.getFromDate(), d.getToDate());
                }
                return null;
            });
        }
    }

    /**
     * What the selection formats look up, read once per import instead of a query per row: the rounds
     * and the projects' codes in the user's scope, and per round named in the file its applications
     * (and rankings). Rows are then written without a query, so nothing is flushed before a lookup.
     */
    abstract static class SelectionBase extends Base {

        /** A round as the import sees it: what it holds before the import, and what the file adds. */
        static final class RoundInput {
            final long id;
            final String name;
            final boolean confirmed;
            /** "projectId/community" of every application */
            final Set<String> applied = new HashSet<>();
            /** "projectId#rank" of every application */
            final Set<String> ranks = new HashSet<>();
            /** "projectId/community" → the recorded ranking's id */
            final Map<String, Long> ranked = new HashMap<>();
            /** community → its recorded places */
            final Map<String, Integer> places = new HashMap<>();

            RoundInput(long id, String name, boolean confirmed) {
                this.id = id;
                this.name = name;
                this.confirmed = confirmed;
            }
        }

        private Map<String, RoundInput> rounds;
        private Map<String, Long> projects;
        private final Map<Long, RoundInput> loaded = new HashMap<>();

        private void preload() {
            if (rounds != null) {
                return;
            }
            rounds = new HashMap<>();
            projects = new HashMap<>();
            read(em -> {
                for (RoundEntity r : em.createQuery("select r from IncubationRound r", RoundEntity.class).getResultList()) {
                    rounds.put(r.getName(), new RoundInput(r.getId(), r.getName(), RoundStatus.valueOf(r.getStatus()) == RoundStatus.CONFIRMED));
                }
                for (Object[] p : em.createQuery("select p.code, p.id from IncubationProject p", Object[].class).getResultList()) {
                    projects.put((String) p[0], (Long) p[1]);
                }
                return null;
            });
        }

        /** @return the round with its applications and rankings, read once, or null when there is none in scope */
        RoundInput round(String name) {
            preload();
            RoundInput r = rounds.get(name.strip());
            if (r != null && !loaded.containsKey(r.id)) {
                loaded.put(r.id, r);
                read(em -> {
                    for (Object[] a : em.createQuery("select a.projectId, a.unitCode, a.projectRank from IncubationApplication a where a.roundId = :r",
                            Object[].class).setParameter("r", r.id).getResultList()) {
                        r.applied.add(a[0] + "/" + a[1]);
                        r.ranks.add(a[0] + "#" + a[2]);
                    }
                    for (Object[] k : em.createQuery("select k.id, k.projectId, k.unitCode, k.places from IncubationRanking k where k.roundId = :r",
                            Object[].class).setParameter("r", r.id).getResultList()) {
                        r.ranked.put(k[1] + "/" + k[2], (Long) k[0]);
                        r.places.put((String) k[2], (Integer) k[3]);
                    }
                    return null;
                });
            }
            return r;
        }

        /** @return a round {@link #round} read */
        RoundInput loaded(long id) {
            return loaded.get(id);
        }

        /** @return the project's id, null when there is none with the code in scope */
        Long project(String code) {
            preload();
            return projects.get(code.strip());
        }

        /** @return whether the round and project exist and the round may change */
        boolean lookups(RowProblems problems, Column<String> roundColumn, String round, Column<String> projectColumn, String project) {
            boolean ok = true;
            RoundInput r = round(round);
            if (r == null) {
                problems.reject(roundColumn, NLS.bind(Messages.Refused_noRound, round));
                ok = false;
            } else if (r.confirmed) {
                problems.reject(roundColumn, NLS.bind(Messages.Refused_roundConfirmed, round));
                ok = false;
            }
            if (project(project) == null) {
                problems.reject(projectColumn, NLS.bind(Messages.Refused_noProject, project));
                ok = false;
            }
            return ok;
        }

        /** After the rows: the rounds changed are open again (their last result is stale). */
        static void reopen(EntityManager em, Set<Long> changed) {
            for (long id : changed) {
                Writes.changing(em.find(RoundEntity.class, id));
            }
        }
    }

    /** {@code incubation-applications}: round, project, community, project_rank. */
    public static final class Applications extends SelectionBase {
        static final Column<String> ROUND = Column.text("round", "轮次", 60).required();
        static final Column<String> PROJECT = Column.text("project", "项目编号", 40).required();
        static final Column<OrgUnit> COMMUNITY = Column.orgUnit("community", "社区").required();
        static final Column<Long> PROJECT_RANK = Column.integer("project_rank", "项目志愿", 1, 1000).required();

        @Override
        public List<Column<?>> columns() {
            return List.of(ROUND, PROJECT, COMMUNITY, PROJECT_RANK);
        }

        @Override
        public ImportSession beginImport(ImportContext context) {
            Set<Long> changed = new HashSet<>();
            return new ImportSession() {
                @Override
                public void validate(Record r, RowProblems problems) {
                    if (r.get(ROUND) == null || r.get(PROJECT) == null || r.get(COMMUNITY) == null || r.get(PROJECT_RANK) == null
                            || !isCommunity(problems, COMMUNITY, r.get(COMMUNITY)) || !lookups(problems, ROUND, r.get(ROUND), PROJECT, r.get(PROJECT))) {
                        return;
                    }
                    RoundInput round = round(r.get(ROUND));
                    long projectId = project(r.get(PROJECT));
                    // the round's applications and the file's rows before this one
                    if (!round.applied.add(projectId + "/" + r.get(COMMUNITY).code())) {
                        problems.reject(COMMUNITY, NLS.bind(Messages.Refused_appliedTwice, r.get(PROJECT), r.get(COMMUNITY).name()));
                    } else if (!round.ranks.add(projectId + "#" + r.get(PROJECT_RANK))) {
                        problems.reject(PROJECT_RANK, NLS.bind(Messages.Refused_rankTwice, r.get(PROJECT), r.get(PROJECT_RANK)));
                    }
                }

                @Override
                public void write(Record r, EntityManager em) {
                    RoundInput round = round(r.get(ROUND));
                    ApplicationEntity a = new ApplicationEntity();
                    a.setRoundId(round.id);
                    a.setProjectId(project(r.get(PROJECT)));
                    a.setProjectRank(r.get(PROJECT_RANK).intValue());
                    a.setUnit(r.get(COMMUNITY));
                    em.persist(a);
                    changed.add(round.id);
                }

                @Override
                public void finish(EntityManager em) {
                    reopen(em, changed);
                }
            };
        }

        @Override
        public List<ExportFilter> filters() {
            return List.of(new ExportFilter("round", Messages.Export_filterRound));
        }

        @Override
        public void export(ExportContext context, RecordSink sink) {
            String round = context.filter("round").orElse(null);
            read(em -> {
                Map<Long, String> rounds = roundNames(em, round);
                Map<Long, String> codes = projectCodes(em);
                for (ApplicationEntity a : list(em, "select a from IncubationApplication a order by a.roundId, a.id", ApplicationEntity.class)) {
                    if (rounds.containsKey(a.getRoundId())) {
                        sink.write(rounds.get(a.getRoundId()), codes.get(a.getProjectId()), a.getUnitCode(), (long) a.getProjectRank());
                    }
                }
                return null;
            });
        }
    }

    /** {@code incubation-rankings}: round, community, project, community_rank, places. */
    public static final class Rankings extends SelectionBase {
        static final Column<String> ROUND = Column.text("round", "轮次", 60).required();
        static final Column<OrgUnit> COMMUNITY = Column.orgUnit("community", "社区").required();
        static final Column<String> PROJECT = Column.text("project", "项目编号", 40).required();
        static final Column<Long> COMMUNITY_RANK = Column.integer("community_rank", "社区排名", 1, 100_000).required();
        static final Column<Long> PLACES = Column.integer("places", "名额", 0, 1000);

        @Override
        public List<Column<?>> columns() {
            return List.of(ROUND, COMMUNITY, PROJECT, COMMUNITY_RANK, PLACES);
        }

        @Override
        public ImportSession beginImport(ImportContext context) {
            // "roundId/community" → the places the file gives
            Map<String, Long> places = new HashMap<>();
            Set<String> ranked = new HashSet<>();
            int defaultPlaces = support.setting(IncubationSupport.DEFAULT_PLACES);
            Set<Long> changed = new HashSet<>();
            return new ImportSession() {
                @Override
                public void validate(Record r, RowProblems problems) {
                    if (r.get(ROUND) == null || r.get(PROJECT) == null || r.get(COMMUNITY) == null
                            || !isCommunity(problems, COMMUNITY, r.get(COMMUNITY)) || !lookups(problems, ROUND, r.get(ROUND), PROJECT, r.get(PROJECT))) {
                        return;
                    }
                    RoundInput round = round(r.get(ROUND));
                    long projectId = project(r.get(PROJECT));
                    String c = r.get(COMMUNITY).code();
                    if (!round.applied.contains(projectId + "/" + c)) {
                        problems.reject(PROJECT, NLS.bind(Messages.Refused_notApplied, r.get(PROJECT), r.get(COMMUNITY).name()));
                    } else if (!ranked.add(round.id + "/" + c + "/" + projectId)) {
                        problems.reject(PROJECT, NLS.bind(Messages.Refused_rankedTwice, r.get(PROJECT), r.get(COMMUNITY).name()));
                    }
                    if (r.get(PLACES) != null) {
                        Long before = places.putIfAbsent(round.id + "/" + c, r.get(PLACES));
                        if (before != null && !before.equals(r.get(PLACES))) {
                            problems.reject(PLACES, NLS.bind(Messages.Refused_placesDiffer, new Object[] { r.get(COMMUNITY).name(), before, r.get(PLACES) }));
                        }
                    }
                }

                /** @return the community's places in the round: the file's, else those recorded, else the default */
                int placesOf(RoundInput round, String community) {
                    Long p = places.get(round.id + "/" + community);
                    return p != null ? p.intValue() : round.places.getOrDefault(community, defaultPlaces);
                }

                @Override
                public void write(Record r, EntityManager em) {
                    RoundInput round = round(r.get(ROUND));
                    long projectId = project(r.get(PROJECT));
                    String c = r.get(COMMUNITY).code();
                    Long id = round.ranked.get(projectId + "/" + c);
                    RankingEntity k = id == null ? null : em.find(RankingEntity.class, id);
                    if (k == null) {
                        k = new RankingEntity();
                        k.setRoundId(round.id);
                        k.setProjectId(projectId);
                        k.setUnit(r.get(COMMUNITY));
                    }
                    k.setCommunityRank(r.get(COMMUNITY_RANK).intValue());
                    k.setPlaces(placesOf(round, c));
                    if (k.getId() == null) {
                        em.persist(k);
                    }
                    changed.add(round.id);
                }

                @Override
                public void finish(EntityManager em) {
                    // a community's places are the last given: its rankings recorded before the file take the file's places
                    for (long roundId : changed) {
                        RoundInput round = loaded(roundId);
                        List<String> communities = round.places.entrySet().stream()
                                .filter(e -> places.containsKey(roundId + "/" + e.getKey()) && placesOf(round, e.getKey()) != e.getValue())
                                .map(Map.Entry::getKey).toList();
                        if (!communities.isEmpty()) {
                            for (RankingEntity k : em.createQuery("select k from IncubationRanking k where k.roundId = :r and k.unitCode in :c",
                                    RankingEntity.class).setParameter("r", roundId).setParameter("c", communities).getResultList()) {
                                k.setPlaces(placesOf(round, k.getUnitCode()));
                            }
                        }
                    }
                    reopen(em, changed);
                }
            };
        }

        @Override
        public List<ExportFilter> filters() {
            return List.of(new ExportFilter("round", Messages.Export_filterRound));
        }

        @Override
        public void export(ExportContext context, RecordSink sink) {
            String round = context.filter("round").orElse(null);
            read(em -> {
                Map<Long, String> rounds = roundNames(em, round);
                Map<Long, String> codes = projectCodes(em);
                for (RankingEntity k : list(em, "select k from IncubationRanking k order by k.roundId, k.unitCode, k.communityRank, k.id",
                        RankingEntity.class)) {
                    if (rounds.containsKey(k.getRoundId())) {
                        sink.write(rounds.get(k.getRoundId()), k.getUnitCode(), codes.get(k.getProjectId()), (long) k.getCommunityRank(),
                                (long) k.getPlaces());
                    }
                }
                return null;
            });
        }
    }

    /** {@code incubation-matches} (export): round, project, community, project_rank, community_rank; one row per project that applied. */
    public static final class Matches implements ExportableFormat {
        static final Column<String> ROUND = Column.text("round", "轮次", 60);
        static final Column<String> PROJECT = Column.text("project", "项目编号", 40);
        static final Column<String> COMMUNITY = Column.text("community", "社区", 32);
        static final Column<Long> PROJECT_RANK = Column.integer("project_rank", "项目志愿", 1, 1000);
        static final Column<Long> COMMUNITY_RANK = Column.integer("community_rank", "社区排名", 1, 100_000);

        @Inject
        IncubationSupport support;

        @Override
        public List<Column<?>> columns() {
            return List.of(ROUND, PROJECT, COMMUNITY, PROJECT_RANK, COMMUNITY_RANK);
        }

        @Override
        public List<ExportFilter> filters() {
            return List.of(new ExportFilter("round", Messages.Export_filterRound));
        }

        @Override
        public void export(ExportContext context, RecordSink sink) {
            String round = context.filter("round").orElse(null);
            support.persistence().read(em -> {
                Map<Long, String> rounds = roundNames(em, round);
                for (RoundEntity r : list(em, "select r from IncubationRound r order by r.name", RoundEntity.class)) {
                    if (rounds.containsKey(r.getId())) {
                        for (var m : org.jiedao.incubation.internal.SelectionImpl.resultOf(em, r)) {
                            sink.write(m.round(), m.project(), m.community(), m.projectRank() == null ? null : (long) m.projectRank(),
                                    m.communityRank() == null ? null : (long) m.communityRank());
                        }
                    }
                }
                return null;
            });
        }

        static <T> List<T> list(EntityManager em, String jpql, Class<T> type) {
            return em.createQuery(jpql, type).getResultList();
        }
    }

    /** @return round id → name: every round in scope, or the one named (refused when there is none) */
    static Map<Long, String> roundNames(EntityManager em, String round) {
        Map<Long, String> rounds = new HashMap<>();
        for (RoundEntity r : em.createQuery("select r from IncubationRound r", RoundEntity.class).getResultList()) {
            if (round == null || r.getName().equals(round.strip())) {
                rounds.put(r.getId(), r.getName());
            }
        }
        if (round != null && rounds.isEmpty()) {
            throw new InvalidFilterException("round", NLS.bind(Messages.Refused_noRound, round));
        }
        return rounds;
    }

    static Map<Long, String> projectCodes(EntityManager em) {
        Map<Long, String> codes = new HashMap<>();
        for (Object[] row : em.createQuery("select p.id, p.code from IncubationProject p", Object[].class).getResultList()) {
            codes.put((Long) row[0], (String) row[1]);
        }
        return codes;
    }
}
