package org.jiedao.incubation.internal;

import static jakarta.persistence.FlushModeType.COMMIT;
import static org.jiedao.incubation.internal.IncubationSupport.count;
import static org.jiedao.incubation.internal.IncubationSupport.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.incubation.IncubationException;
import org.jiedao.incubation.ProjectStatus;
import org.jiedao.incubation.Records.DeskRequest;
import org.jiedao.incubation.RoundStatus;

/**
 * Writing the module's records in the caller's transaction, with their checks: shared by the
 * services, the imports and the demo data, so a rule holds whichever way a record comes in.
 * Every refusal is an {@link IncubationException} naming the value.
 */
public final class Writes {

    private Writes() {
    }

    public static StationEntity station(EntityManager em, OrgUnit community, String name, String address, LocalDate openedOn, LocalDate closedOn,
            boolean guidanceRoom) {
        StationEntity s = new StationEntity();
        s.setName(text(name, Messages.Field_name, 100, true));
        s.setAddress(text(address, Messages.Field_address, 200, false));
        s.setOpenedOn(required(openedOn, Messages.Field_openedOn));
        if (closedOn != null && closedOn.isBefore(openedOn)) {
            throw new IncubationException(NLS.bind(Messages.Refused_closedBeforeOpened, closedOn, openedOn));
        }
        s.setClosedOn(closedOn);
        s.setGuidanceRoom(guidanceRoom);
        s.setUnit(community);
        em.persist(s);
        return s;
    }

    public static IncubatorEntity incubator(EntityManager em, OrgUnit unit, String name, int reservedDesks, boolean exhibitionSpace) {
        String n = text(name, Messages.Field_name, 100, true);
        if (!em.createQuery("select i from IncubationIncubator i where i.name = :n", IncubatorEntity.class).setParameter("n", n).getResultList()
                .isEmpty()) {
            throw new IncubationException(NLS.bind(Messages.Refused_incubatorTaken, n));
        }
        IncubatorEntity i = new IncubatorEntity();
        i.setName(n);
        i.setReservedDesks(count(reservedDesks, Messages.Field_reservedDesks));
        i.setExhibitionSpace(exhibitionSpace);
        i.setUnit(unit);
        em.persist(i);
        return i;
    }

    /** @param unit the project's community (or, while it only applies, a street) */
    public static ProjectEntity project(EntityManager em, OrgUnit unit, String code, String name, String founder, String phone, String sector,
            boolean student, String school, Integer graduationYear, boolean excellent, LocalDate entryDate, LocalDate exitDate, ProjectStatus status) {
        String c = text(code, Messages.Field_code, 40, true);
        if (codeTaken(em, c)) {
            throw new IncubationException(NLS.bind(Messages.Refused_codeTaken, c));
        }
        ProjectCounts counts = new ProjectCounts();
        ProjectEntity p = newProject(em, unit, c, name, founder, phone, sector, student, school, graduationYear, excellent, entryDate, exitDate,
                status, counts);
        counts.write(em);
        return p;
    }

    /**
     * {@link #project} when the code is known to be free (an import checked its codes at once).
     *
     * @param counts gathers the change of the kept counts per unit and year; the caller writes it in the same transaction
     */
    public static ProjectEntity newProject(EntityManager em, OrgUnit unit, String code, String name, String founder, String phone, String sector,
            boolean student, String school, Integer graduationYear, boolean excellent, LocalDate entryDate, LocalDate exitDate, ProjectStatus status,
            ProjectCounts counts) {
        ProjectEntity p = new ProjectEntity();
        fill(p, code, name, sector, student, school, graduationYear, excellent, entryDate, exitDate, status);
        p.setFounder(text(founder, Messages.Field_founder, 50, false));
        p.setPhone(text(phone, Messages.Field_phone, 100, false));
        p.setUnit(unit);
        em.persist(p);
        counts.add(p);
        return p;
    }

    /**
     * Changes a project (an editor's save).
     *
     * @param unit     its new unit, null to keep it
     * @param personal whether founder and phone are taken (a user who sees them masked keeps the recorded ones)
     */
    public static void updateProject(EntityManager em, ProjectEntity p, OrgUnit unit, String code, String name, String founder, String phone,
            String sector, boolean student, String school, Integer graduationYear, boolean excellent, LocalDate entryDate, LocalDate exitDate,
            ProjectStatus status, boolean personal) {
        String c = text(code, Messages.Field_code, 40, true);
        if (!c.equals(p.getCode()) && codeTaken(em, c)) {
            throw new IncubationException(NLS.bind(Messages.Refused_codeTaken, c));
        }
        ProjectCounts counts = new ProjectCounts();
        counts.remove(p);
        fill(p, c, name, sector, student, school, graduationYear, excellent, entryDate, exitDate, status);
        if (personal) {
            String ph = text(phone, Messages.Field_phone, 100, false);
            if (ph != null && !ph.matches("[0-9+\\- ()]+")) {
                throw new IncubationException(NLS.bind(Messages.Refused_phoneFormat, ph));
            }
            p.setFounder(text(founder, Messages.Field_founder, 50, false));
            p.setPhone(ph);
        }
        if (unit != null) {
            p.setUnit(unit);
        }
        counts.add(p);
        counts.write(em);
    }

    private static void fill(ProjectEntity p, String code, String name, String sector, boolean student, String school, Integer graduationYear,
            boolean excellent, LocalDate entryDate, LocalDate exitDate, ProjectStatus status) {
        String c = text(code, Messages.Field_code, 40, true);
        p.setCode(c);
        p.setName(text(name, Messages.Field_name, 100, true));
        p.setSector(text(sector, Messages.Field_sector, 50, false));
        p.setStudent(student);
        p.setSchool(text(school, Messages.Field_school, 100, false));
        p.setGraduationYear(graduationYear);
        if (excellent && !student) {
            throw new IncubationException(NLS.bind(Messages.Refused_excellentNotStudent, c));
        }
        p.setExcellent(excellent);
        checkDates(entryDate, exitDate);
        ProjectStatus s = status != null ? status : exitDate != null ? ProjectStatus.EXITED : entryDate != null ? ProjectStatus.RESIDENT
                : ProjectStatus.APPLIED;
        if (s != ProjectStatus.APPLIED && entryDate == null) {
            throw new IncubationException(NLS.bind(Messages.Refused_entryMissing, c));
        }
        if (s == ProjectStatus.EXITED && exitDate == null) {
            throw new IncubationException(NLS.bind(Messages.Refused_exitMissing, c));
        }
        p.setEntryDate(entryDate);
        p.setExitDate(exitDate);
        p.setStatus(s.name());
    }

    /** Changes a station (an editor's save; its community stays). */
    public static void updateStation(StationEntity s, String name, String address, LocalDate openedOn, LocalDate closedOn, boolean guidanceRoom) {
        s.setName(text(name, Messages.Field_name, 100, true));
        s.setAddress(text(address, Messages.Field_address, 200, false));
        s.setOpenedOn(required(openedOn, Messages.Field_openedOn));
        if (closedOn != null && closedOn.isBefore(openedOn)) {
            throw new IncubationException(NLS.bind(Messages.Refused_closedBeforeOpened, closedOn, openedOn));
        }
        s.setClosedOn(closedOn);
        s.setGuidanceRoom(guidanceRoom);
    }

    /**
     * Changes an incubator (an editor's save): a new name must be free, and fewer reserved desks are refused
     * while a day has more allocations than that (naming the day and the allocations).
     */
    public static void updateIncubator(EntityManager em, IncubatorEntity i, String name, int reservedDesks, boolean exhibitionSpace) {
        String n = text(name, Messages.Field_name, 100, true);
        if (!n.equals(i.getName()) && !em.createQuery("select i from IncubationIncubator i where i.name = :n", IncubatorEntity.class)
                .setParameter("n", n).getResultList().isEmpty()) {
            throw new IncubationException(NLS.bind(Messages.Refused_incubatorTaken, n));
        }
        count(reservedDesks, Messages.Field_reservedDesks);
        if (reservedDesks < i.getReservedDesks()) {
            List<DeskEntity> all = em.createQuery("select d from IncubationDesk d where d.incubatorId = :i", DeskEntity.class)
                    .setParameter("i", i.getId()).getResultList();
            TreeMap<LocalDate, Integer> delta = new TreeMap<>();
            for (DeskEntity d : all) {
                delta.merge(d.getFromDate(), 1, Integer::sum);
                delta.merge(d.getToDate().plusDays(1), -1, Integer::sum);
            }
            int used = 0;
            for (var e : delta.entrySet()) {
                used += e.getValue();
                LocalDate day = e.getKey();
                if (used > reservedDesks) {
                    List<String> inTheWay = all.stream().filter(d -> !d.getFromDate().isAfter(day) && !d.getToDate().isBefore(day))
                            .sorted(Comparator.comparing(DeskEntity::getFromDate).thenComparing(DeskEntity::getStudent))
                            .map(d -> d.getStudent() + " (" + d.getFromDate() + "–" + d.getToDate() + ")").toList();
                    throw new IncubationException(NLS.bind(Messages.Refused_reservationBelowUse, new Object[] { i.getName(), reservedDesks, day,
                            used, String.join(", ", inTheWay) }));
                }
            }
        }
        i.setName(n);
        i.setReservedDesks(reservedDesks);
        i.setExhibitionSpace(exhibitionSpace);
    }

    /** Refuses an exit before the entry. */
    public static void checkDates(LocalDate entryDate, LocalDate exitDate) {
        if (entryDate != null && exitDate != null && exitDate.isBefore(entryDate)) {
            throw new IncubationException(NLS.bind(Messages.Refused_exitBeforeEntry, exitDate, entryDate));
        }
    }

    /** @return whether a project has the code (in the whole installation, not only the user's scope) */
    public static boolean codeTaken(EntityManager em, String code) {
        return !em.createNativeQuery("select 1 from INCUBATION_PROJECT where CODE = ?").setParameter(1, code).getResultList().isEmpty();
    }

    public static FigureEntity figures(EntityManager em, ProjectEntity project, int year, int jobs, BigDecimal turnover) {
        if (year < 1949 || year > 2200) {
            throw new IncubationException(NLS.bind(Messages.Refused_year, year));
        }
        count(jobs, Messages.Field_jobs);
        BigDecimal t = IncubationSupport.yuan(turnover, Messages.Field_turnover);
        List<FigureEntity> found = em.createQuery("select f from IncubationFigure f where f.projectId = :p and f.year = :y", FigureEntity.class)
                .setParameter("p", project.getId()).setParameter("y", year).getResultList();
        FigureEntity f = found.isEmpty() ? new FigureEntity() : found.get(0);
        long jobsBefore = found.isEmpty() ? 0 : f.getJobs();
        BigDecimal turnoverBefore = found.isEmpty() ? BigDecimal.ZERO : f.getTurnover();
        f.setProjectId(project.getId());
        f.setYear(year);
        f.setJobs(jobs);
        f.setTurnover(t);
        if (found.isEmpty()) {
            f.setUnitOf(project);
            em.persist(f);
        }
        FigureSums sums = new FigureSums();
        sums.add(f, jobs - jobsBefore, t.subtract(turnoverBefore), found.isEmpty() ? 1 : 0);
        sums.write(em);
        return f;
    }


    public static ConsultationEntity consultation(EntityManager em, OrgUnit community, LocalDate day, String topic, String resident,
            String handledBy) {
        ConsultationEntity c = new ConsultationEntity();
        c.setDay(required(day, Messages.Field_date));
        c.setTopic(text(topic, Messages.Field_topic, 200, true));
        c.setResident(text(resident, Messages.Field_resident, 100, false));
        c.setHandledBy(text(handledBy, Messages.Field_handledBy, 50, false));
        c.setUnit(community);
        em.persist(c);
        return c;
    }

    public static SessionEntity session(EntityManager em, OrgUnit community, LocalDate day, String title, int attendance) {
        SessionEntity s = new SessionEntity();
        s.setDay(required(day, Messages.Field_date));
        s.setTitle(text(title, Messages.Field_title, 200, true));
        s.setAttendance(count(attendance, Messages.Field_attendance));
        s.setUnit(community);
        em.persist(s);
        return s;
    }

    public static CohortEntity cohort(EntityManager em, OrgUnit unit, String name, LocalDate start, LocalDate end, String trainer, int participants,
            int graduates) {
        String n = text(name, Messages.Field_cohort, 100, true);
        if (!em.createNativeQuery("select 1 from INCUBATION_COHORT where NAME = ?").setParameter(1, n).getResultList().isEmpty()) {
            throw new IncubationException(NLS.bind(Messages.Refused_cohortTaken, n));
        }
        required(start, Messages.Field_startDate);
        required(end, Messages.Field_endDate);
        if (end.isBefore(start)) {
            throw new IncubationException(NLS.bind(Messages.Refused_endBeforeStart, end, start));
        }
        count(participants, Messages.Field_participants);
        count(graduates, Messages.Field_graduates);
        if (graduates > participants) {
            throw new IncubationException(NLS.bind(Messages.Refused_graduates, graduates, participants));
        }
        CohortEntity c = new CohortEntity();
        c.setName(n);
        c.setStartDate(start);
        c.setEndDate(end);
        c.setTrainer(text(trainer, Messages.Field_trainer, 50, false));
        c.setParticipants(participants);
        c.setGraduates(graduates);
        c.setUnit(unit);
        em.persist(c);
        return c;
    }

    public static RotationEntity rotation(EntityManager em, IncubatorEntity incubator, int year, int quarter, String works, String authors,
            String school) {
        if (quarter < 1 || quarter > 4) {
            throw new IncubationException(NLS.bind(Messages.Refused_quarter, quarter));
        }
        if (!incubator.isExhibitionSpace()) {
            throw new IncubationException(NLS.bind(Messages.Refused_noExhibition, incubator.getName()));
        }
        if (!em.createQuery("select r from IncubationRotation r where r.incubatorId = :i and r.year = :y and r.quarter = :q", RotationEntity.class)
                .setParameter("i", incubator.getId()).setParameter("y", year).setParameter("q", quarter).getResultList().isEmpty()) {
            throw new IncubationException(NLS.bind(Messages.Refused_rotationTaken, new Object[] { incubator.getName(), year, quarter }));
        }
        RotationEntity r = new RotationEntity();
        r.setIncubatorId(incubator.getId());
        r.setYear(year);
        r.setQuarter(quarter);
        r.setWorks(text(works, Messages.Field_works, 500, true));
        r.setAuthors(text(authors, Messages.Field_authors, 200, false));
        r.setSchool(text(school, Messages.Field_school, 100, false));
        r.setUnitOf(incubator);
        em.persist(r);
        return r;
    }

    /**
     * Allocates a desk: the student must be eligible, and on no day of the range may the incubator's
     * allocations (those already made and {@code pending} ones of the same file) exceed its reservation.
     */
    public static DeskEntity desk(EntityManager em, IncubatorEntity incubator, DeskRequest r, int eligibilityYears, List<DeskEntity> pending) {
        checkDesk(em, incubator, r, eligibilityYears, pending);
        DeskEntity d = new DeskEntity();
        d.setIncubatorId(incubator.getId());
        d.setStudent(text(r.student(), Messages.Field_student, 50, true));
        d.setSchool(text(r.school(), Messages.Field_school, 100, true));
        d.setGraduationYear(r.graduationYear());
        d.setProjectCode(text(r.project(), Messages.Field_project, 40, false));
        d.setFromDate(r.from());
        d.setToDate(r.to());
        d.setUnitOf(incubator);
        em.persist(d);
        return d;
    }

    /** The desk rules without writing: range, eligibility, reservation per day. */
    public static void checkDesk(EntityManager em, IncubatorEntity incubator, DeskRequest r, int eligibilityYears, List<DeskEntity> pending) {
        text(r.student(), Messages.Field_student, 50, true);
        text(r.school(), Messages.Field_school, 100, true);
        required(r.from(), Messages.Field_from);
        required(r.to(), Messages.Field_to);
        if (r.to().isBefore(r.from())) {
            throw new IncubationException(NLS.bind(Messages.Refused_toBeforeFrom, r.to(), r.from()));
        }
        if (r.to().getYear() - r.graduationYear() > eligibilityYears) {
            throw new IncubationException(NLS.bind(Messages.Refused_ineligible, new Object[] { r.student().strip(), r.graduationYear(),
                    eligibilityYears, r.graduationYear() + eligibilityYears, r.to() }));
        }
        List<DeskEntity> overlapping = new ArrayList<>(em
                .createQuery("select d from IncubationDesk d where d.incubatorId = :i and d.fromDate <= :to and d.toDate >= :from", DeskEntity.class)
                .setParameter("i", incubator.getId()).setParameter("from", r.from()).setParameter("to", r.to()).getResultList());
        if (pending != null) {
            pending.stream().filter(d -> d.getIncubatorId() == incubator.getId() && !d.getFromDate().isAfter(r.to())
                    && !d.getToDate().isBefore(r.from())).forEach(overlapping::add);
        }
        if (overlapping.size() < incubator.getReservedDesks()) {
            return;
        }
        // sweep the days of the range: +1 where an allocation starts, -1 the day after it ends
        TreeMap<LocalDate, Integer> delta = new TreeMap<>();
        for (DeskEntity d : overlapping) {
            LocalDate s = d.getFromDate().isBefore(r.from()) ? r.from() : d.getFromDate();
            delta.merge(s, 1, Integer::sum);
            delta.merge(d.getToDate().plusDays(1), -1, Integer::sum);
        }
        int used = 0;
        for (var e : delta.entrySet()) {
            used += e.getValue();
            LocalDate day = e.getKey();
            if (!day.isAfter(r.to()) && used >= incubator.getReservedDesks()) {
                List<String> inTheWay = overlapping.stream().filter(d -> !d.getFromDate().isAfter(day) && !d.getToDate().isBefore(day))
                        .sorted(Comparator.comparing(DeskEntity::getFromDate).thenComparing(DeskEntity::getStudent))
                        .map(d -> d.getStudent() + " (" + d.getFromDate() + "–" + d.getToDate() + ")").toList();
                throw new IncubationException(NLS.bind(Messages.Refused_desksFull, new Object[] { incubator.getName(), day,
                        incubator.getReservedDesks(), String.join(", ", inTheWay) }));
            }
        }
    }

    /** Refuses a change to a confirmed round; a change after a run makes the round open again (the result is stale). */
    public static void changing(RoundEntity round) {
        if (RoundStatus.valueOf(round.getStatus()) == RoundStatus.CONFIRMED) {
            throw new IncubationException(NLS.bind(Messages.Refused_roundConfirmed, round.getName()));
        }
        round.setStatus(RoundStatus.OPEN.name());
    }

    public static ApplicationEntity application(EntityManager em, RoundEntity round, ProjectEntity project, OrgUnit community, int projectRank) {
        changing(round);
        if (projectRank < 1) {
            throw new IncubationException(NLS.bind(Messages.Refused_rank, projectRank));
        }
        List<ApplicationEntity> mine = em.createQuery("select a from IncubationApplication a where a.roundId = :r and a.projectId = :p",
                ApplicationEntity.class).setParameter("r", round.getId()).setParameter("p", project.getId()).setFlushMode(COMMIT).getResultList();
        for (ApplicationEntity a : mine) {
            if (a.getUnitCode().equals(community.code())) {
                throw new IncubationException(NLS.bind(Messages.Refused_appliedTwice, project.getCode(), community.name()));
            }
            if (a.getProjectRank() == projectRank) {
                throw new IncubationException(NLS.bind(Messages.Refused_rankTwice, project.getCode(), projectRank));
            }
        }
        ApplicationEntity a = new ApplicationEntity();
        a.setRoundId(round.getId());
        a.setProjectId(project.getId());
        a.setProjectRank(projectRank);
        a.setUnit(community);
        em.persist(a);
        return a;
    }

    public static RankingEntity ranking(EntityManager em, RoundEntity round, ProjectEntity project, OrgUnit community, int communityRank,
            int places) {
        changing(round);
        if (communityRank < 1) {
            throw new IncubationException(NLS.bind(Messages.Refused_rank, communityRank));
        }
        if (places < 0) {
            throw new IncubationException(NLS.bind(Messages.Refused_negative, Messages.Field_places, places));
        }
        Long applied = em.createQuery("select count(a) from IncubationApplication a where a.roundId = :r and a.projectId = :p and a.unitCode = :c",
                Long.class).setParameter("r", round.getId()).setParameter("p", project.getId()).setParameter("c", community.code())
                .setFlushMode(COMMIT).getSingleResult();
        if (applied == 0) {
            throw new IncubationException(NLS.bind(Messages.Refused_notApplied, project.getCode(), community.name()));
        }
        List<RankingEntity> ofCommunity = em.createQuery("select k from IncubationRanking k where k.roundId = :r and k.unitCode = :c",
                RankingEntity.class).setParameter("r", round.getId()).setParameter("c", community.code()).setFlushMode(COMMIT).getResultList();
        RankingEntity k = null;
        for (RankingEntity other : ofCommunity) {
            other.setPlaces(places); // the community's places in the round: the last given
            if (other.getProjectId() == project.getId()) {
                k = other;
            }
        }
        if (k == null) {
            k = new RankingEntity();
            k.setRoundId(round.getId());
            k.setProjectId(project.getId());
            k.setUnit(community);
            em.persist(k);
        }
        k.setCommunityRank(communityRank);
        k.setPlaces(places);
        return k;
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IncubationException(NLS.bind(Messages.Refused_required, field));
        }
        return value;
    }
}
