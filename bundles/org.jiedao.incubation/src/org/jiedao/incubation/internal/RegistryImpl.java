package org.jiedao.incubation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.TypedQuery;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.incubation.IncubationException;
import org.jiedao.incubation.IncubationRegistry;
import org.jiedao.incubation.ProjectStatus;
import org.jiedao.incubation.Records.Incubator;
import org.jiedao.incubation.Records.MissingRotation;
import org.jiedao.incubation.Records.Project;
import org.jiedao.incubation.Records.ProjectInput;
import org.jiedao.incubation.Records.Rotation;
import org.jiedao.incubation.Records.Station;
import org.jiedao.incubation.Records.Versioned;
import org.jiedao.incubation.Records.YearFigure;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link IncubationRegistry} on the platform's persistence (scoping is the platform's). */
@Component(service = IncubationRegistry.class)
public final class RegistryImpl implements IncubationRegistry {

    @Reference
    IncubationSupport support;

    @Override
    public long addStation(String community, String name, String address, LocalDate openedOn, LocalDate closedOn, boolean guidanceRoom) {
        OrgUnit unit = support.community(community);
        return support.persistence().transaction(em -> {
            StationEntity s = Writes.station(em, unit, name, address, openedOn, closedOn, guidanceRoom);
            em.flush();
            return s.getId();
        });
    }

    @Override
    public List<Station> stations() {
        Map<String, String> names = support.names();
        return support.persistence().read(em -> em.createQuery("select s from IncubationStation s order by s.unitCode, s.openedOn", StationEntity.class)
                .getResultList().stream().map(s -> station(s, names)).toList());
    }

    static Station station(StationEntity s, Map<String, String> names) {
        return new Station(s.getId(), s.getUnitCode(), names.getOrDefault(s.getUnitCode(), s.getUnitCode()), s.getName(), s.getAddress(),
                s.getOpenedOn(), s.getClosedOn(), s.isGuidanceRoom());
    }

    @Override
    public long addIncubator(String unit, String name, int reservedDesks, boolean exhibitionSpace) {
        OrgUnit u = support.unit(unit);
        return support.persistence().transaction(em -> {
            IncubatorEntity i = Writes.incubator(em, u, name, reservedDesks, exhibitionSpace);
            em.flush();
            return i.getId();
        });
    }

    @Override
    public List<Incubator> incubators() {
        return support.persistence().read(em -> em.createQuery("select i from IncubationIncubator i order by i.name", IncubatorEntity.class)
                .getResultList().stream().map(i -> new Incubator(i.getId(), i.getName(), i.getUnitCode(), i.getReservedDesks(), i.isExhibitionSpace()))
                .toList());
    }

    @Override
    public long addProject(ProjectInput p) {
        OrgUnit unit = support.unit(p.community());
        return support.persistence().transaction(em -> {
            ProjectEntity e = Writes.project(em, unit, p.code(), p.name(), p.founder(), p.phone(), p.sector(), p.student(), p.school(),
                    p.graduationYear(), p.excellent(), p.entryDate(), p.exitDate(), p.status());
            em.flush();
            return e.getId();
        });
    }

    @Override
    public List<Project> projects(String community, ProjectStatus status) {
        String code = community == null ? null : support.unit(community).code();
        Map<String, String> names = support.names();
        List<ProjectEntity> found = support.persistence().read(em -> {
            StringBuilder jpql = new StringBuilder("select p from IncubationProject p where 1 = 1");
            if (code != null) {
                jpql.append(" and p.unitCode = :c");
            }
            if (status != null) {
                jpql.append(" and p.status = :s");
            }
            TypedQuery<ProjectEntity> q = em.createQuery(jpql.append(" order by p.code").toString(), ProjectEntity.class);
            if (code != null) {
                q.setParameter("c", code);
            }
            if (status != null) {
                q.setParameter("s", status.name());
            }
            return q.getResultList();
        });
        List<Project> result = new ArrayList<>(found.size());
        Map<String, Boolean> visible = new java.util.HashMap<>();
        java.util.Set<String> units = new java.util.HashSet<>();
        long clear = 0;
        for (ProjectEntity p : found) {
            boolean v = visible.computeIfAbsent(p.getUnitCode(), support::personalVisible);
            result.add(project(p, names, v));
            if (v && (p.getFounder() != null || p.getPhone() != null)) {
                clear++;
                units.add(p.getUnitCode());
            }
        }
        // founders' names and phones shown in clear: one logged read for the list
        support.logRead("project", found.size() == 1 ? found.get(0).getCode() : null, units.size() == 1 ? units.iterator().next() : null,
                org.jiedao.core.privacy.PersonalDataLog.Purpose.SHOW, clear);
        return result;
    }

    static Project project(ProjectEntity p, Map<String, String> names, boolean visible) {
        return new Project(p.getId(), p.getCode(), p.getName(), visible ? nz(p.getFounder()) : org.jiedao.core.privacy.Masks.name(p.getFounder()),
                visible ? nz(p.getPhone()) : org.jiedao.core.privacy.Masks.phone(p.getPhone()), nz(p.getSector()), p.isStudent(), nz(p.getSchool()), p.getGraduationYear(),
                p.isExcellent(), p.getUnitCode(), names.getOrDefault(p.getUnitCode(), p.getUnitCode()), p.getEntryDate(), p.getExitDate(),
                ProjectStatus.valueOf(p.getStatus()), visible);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void setFigures(String project, int year, int jobs, BigDecimal turnover) {
        support.persistence().transaction(em -> Writes.figures(em, IncubationSupport.project(em, project), year, jobs, turnover));
    }

    @Override
    public long addConsultation(String community, LocalDate day, String topic, String resident, String handledBy) {
        OrgUnit unit = support.community(community);
        return support.persistence().transaction(em -> {
            ConsultationEntity c = Writes.consultation(em, unit, day, topic, resident, handledBy);
            em.flush();
            return c.getId();
        });
    }

    @Override
    public long addSession(String community, LocalDate day, String title, int attendance) {
        OrgUnit unit = support.community(community);
        return support.persistence().transaction(em -> {
            SessionEntity s = Writes.session(em, unit, day, title, attendance);
            em.flush();
            return s.getId();
        });
    }

    @Override
    public long addCohort(String unit, String name, LocalDate startDate, LocalDate endDate, String trainer, int participants, int graduates) {
        OrgUnit u = support.unit(unit);
        return support.persistence().transaction(em -> {
            CohortEntity c = Writes.cohort(em, u, name, startDate, endDate, trainer, participants, graduates);
            em.flush();
            return c.getId();
        });
    }

    @Override
    public long addRotation(String incubator, int year, int quarter, String works, String authors, String school) {
        return support.persistence().transaction(em -> {
            RotationEntity r = Writes.rotation(em, IncubationSupport.incubator(em, incubator), year, quarter, works, authors, school);
            em.flush();
            return r.getId();
        });
    }

    @Override
    public List<Rotation> rotations(String incubator) {
        return support.persistence().read(em -> {
            Map<Long, String> names = new java.util.HashMap<>();
            em.createQuery("select i from IncubationIncubator i", IncubatorEntity.class).getResultList().forEach(i -> names.put(i.getId(), i.getName()));
            List<RotationEntity> rs;
            if (incubator == null) {
                rs = em.createQuery("select r from IncubationRotation r order by r.year, r.quarter", RotationEntity.class).getResultList();
            } else {
                rs = em.createQuery("select r from IncubationRotation r where r.incubatorId = :i order by r.year, r.quarter", RotationEntity.class)
                        .setParameter("i", IncubationSupport.incubator(em, incubator).getId()).getResultList();
            }
            return rs.stream().map(r -> new Rotation(r.getId(), names.get(r.getIncubatorId()), r.getYear(), r.getQuarter(), r.getWorks(),
                    nz(r.getAuthors()), nz(r.getSchool()))).toList();
        });
    }

    @Override
    public List<MissingRotation> missingRotations(LocalDate on) {
        int quarterNow = (on.getMonthValue() - 1) / 3 + 1;
        return support.persistence().read(em -> {
            List<MissingRotation> missing = new ArrayList<>();
            for (IncubatorEntity i : em.createQuery("select i from IncubationIncubator i where i.exhibitionSpace = true order by i.name",
                    IncubatorEntity.class).getResultList()) {
                Set<Integer> done = new HashSet<>(em.createQuery("select r.quarter from IncubationRotation r where r.incubatorId = :i and r.year = :y",
                        Integer.class).setParameter("i", i.getId()).setParameter("y", on.getYear()).getResultList());
                for (int q = 1; q <= quarterNow; q++) {
                    if (!done.contains(q)) {
                        missing.add(new MissingRotation(i.getName(), on.getYear(), q));
                    }
                }
            }
            return missing;
        });
    }

    static IncubationException refused(String message, Object... values) {
        return new IncubationException(NLS.bind(message, values));
    }

    /** @return the entity for a save at {@code version}: refused when gone (or out of scope), a conflict when changed since */
    static <T extends org.jiedao.core.persistence.ScopedVersionedEntity> T forSave(jakarta.persistence.EntityManager em, Class<T> type, String entity,
            long id, long version) {
        T e = em.find(type, id);
        if (e == null) {
            throw new IncubationException(NLS.bind(Messages.Refused_gone, id));
        }
        if (e.getVersion() != version) {
            throw new org.jiedao.core.persistence.ConcurrentChangeException(entity, id, null);
        }
        return e;
    }

    @Override
    public Optional<Versioned<Station>> station(long id) {
        Map<String, String> names = support.names();
        return support.persistence().read(em -> Optional.ofNullable(em.find(StationEntity.class, id))
                .map(s -> new Versioned<>(station(s, names), s.getVersion())));
    }

    @Override
    public void updateStation(long id, long version, String name, String address, LocalDate openedOn, LocalDate closedOn, boolean guidanceRoom) {
        support.persistence().transaction(em -> {
            Writes.updateStation(forSave(em, StationEntity.class, "IncubationStation", id, version), name, address, openedOn, closedOn, guidanceRoom);
            return null;
        });
    }

    @Override
    public Optional<Versioned<Incubator>> incubator(long id) {
        return support.persistence().read(em -> Optional.ofNullable(em.find(IncubatorEntity.class, id))
                .map(i -> new Versioned<>(new Incubator(i.getId(), i.getName(), i.getUnitCode(), i.getReservedDesks(), i.isExhibitionSpace()),
                        i.getVersion())));
    }

    @Override
    public void updateIncubator(long id, long version, String name, int reservedDesks, boolean exhibitionSpace) {
        support.persistence().transaction(em -> {
            Writes.updateIncubator(em, forSave(em, IncubatorEntity.class, "IncubationIncubator", id, version), name, reservedDesks, exhibitionSpace);
            return null;
        });
    }

    @Override
    public Optional<Versioned<Project>> project(long id) {
        Map<String, String> names = support.names();
        Optional<Versioned<Project>> found = support.persistence().read(em -> Optional.ofNullable(em.find(ProjectEntity.class, id))
                .map(p -> new Versioned<>(project(p, names, support.personalVisible(p.getUnitCode())), p.getVersion())));
        found.filter(v -> v.record().personalDataVisible() && !(v.record().founder().isEmpty() && v.record().phone().isEmpty()))
                .ifPresent(v -> support.logRead("project", v.record().code(), v.record().communityCode(),
                        org.jiedao.core.privacy.PersonalDataLog.Purpose.SHOW, 1));
        return found;
    }

    @Override
    public void updateProject(long id, long version, ProjectInput p) {
        OrgUnit unit = p.community() == null || p.community().isBlank() ? null : support.unit(p.community());
        support.persistence().transaction(em -> {
            ProjectEntity e = forSave(em, ProjectEntity.class, "IncubationProject", id, version);
            Writes.updateProject(em, e, unit, p.code(), p.name(), p.founder(), p.phone(), p.sector(), p.student(), p.school(), p.graduationYear(),
                    p.excellent(), p.entryDate(), p.exitDate(), p.status(), support.personalVisible(e.getUnitCode()));
            return null;
        });
    }

    @Override
    public List<YearFigure> figures(String project) {
        return support.persistence().read(em -> {
            ProjectEntity p = IncubationSupport.project(em, project);
            return em.createQuery("select f from IncubationFigure f where f.projectId = :p order by f.year", FigureEntity.class)
                    .setParameter("p", p.getId()).getResultList().stream()
                    .map(f -> new YearFigure(p.getCode(), f.getYear(), f.getJobs(), f.getTurnover())).toList();
        });
    }
}
