package org.jiedao.incubation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jiedao.incubation.Records.Incubator;
import org.jiedao.incubation.Records.MissingRotation;
import org.jiedao.incubation.Records.Project;
import org.jiedao.incubation.Records.ProjectInput;
import org.jiedao.incubation.Records.Rotation;
import org.jiedao.incubation.Records.Station;
import org.jiedao.incubation.Records.Versioned;
import org.jiedao.incubation.Records.YearFigure;

/**
 * The registers of 创业驿站 (an OSGi service): stations, incubators, projects with their yearly
 * figures, consultations, service sessions, SIYB cohorts and exhibition rotations. Every record
 * belongs to a unit; the signed-in user sees and writes only their scope. Refusals are
 * {@link IncubationException}s in the user's language; nothing is written then.
 */
public interface IncubationRegistry {

    /** @param community the community's code or name, in the user's scope @return the id */
    long addStation(String community, String name, String address, LocalDate openedOn, LocalDate closedOn, boolean guidanceRoom);

    /** @return the stations the user may see, by community */
    List<Station> stations();

    /** @param unit the unit the incubator belongs to (a street) @return the id */
    long addIncubator(String unit, String name, int reservedDesks, boolean exhibitionSpace);

    /** @return the incubators the user may see */
    List<Incubator> incubators();

    /** @return the id; refused for a code taken, exit before entry, an unknown community */
    long addProject(ProjectInput project);

    /**
     * @param community a community's code or name, null: all
     * @param status    null: all
     * @return the projects the user may see, by code; founder and phone masked for users without the module's permission
     */
    List<Project> projects(String community, ProjectStatus status);

    /** Records (or replaces) a project's figures of a year; jobs ≥ 0, turnover ≥ 0 in yuan with at most 2 decimals. */
    void setFigures(String project, int year, int jobs, BigDecimal turnover);

    /** @return the id */
    long addConsultation(String community, LocalDate day, String topic, String resident, String handledBy);

    /** @return the id */
    long addSession(String community, LocalDate day, String title, int attendance);

    /** @param unit the unit running the cohort (a street or community) @return the id */
    long addCohort(String unit, String name, LocalDate startDate, LocalDate endDate, String trainer, int participants, int graduates);

    /** @return the id; refused for a quarter outside 1–4 or a quarter that has its rotation already */
    long addRotation(String incubator, int year, int quarter, String works, String authors, String school);

    /** @return the rotations of the incubator (null: all), by year and quarter */
    List<Rotation> rotations(String incubator);

    /** @return the quarters up to and including the day's that have no rotation, for incubators with an exhibition space, in the day's year */
    List<MissingRotation> missingRotations(LocalDate on);

    /**
     * @return the station for its editor, empty when there is none in the user's scope
     * @since 1.1
     */
    Optional<Versioned<Station>> station(long id);

    /**
     * Changes a station (its community stays). Refused like {@link #addStation}; a save over a newer version fails with
     * {@link org.jiedao.core.persistence.ConcurrentChangeException}.
     *
     * @since 1.1
     */
    void updateStation(long id, long version, String name, String address, LocalDate openedOn, LocalDate closedOn, boolean guidanceRoom);

    /**
     * @return the incubator for its editor, empty when there is none in the user's scope
     * @since 1.1
     */
    Optional<Versioned<Incubator>> incubator(long id);

    /**
     * Changes an incubator: a new name must be free; fewer reserved desks are refused while a day has more allocations
     * (naming the day and the allocations).
     *
     * @since 1.1
     */
    void updateIncubator(long id, long version, String name, int reservedDesks, boolean exhibitionSpace);

    /**
     * @return the project for its editor, founder and phone masked unless the user holds the module's personal-data
     *         permission (then the read is logged); empty when there is none in the user's scope
     * @since 1.1
     */
    Optional<Versioned<Project>> project(long id);

    /**
     * Changes a project. Refused like {@link #addProject}, and for a code another project has. A user who sees founders
     * masked cannot change founder and phone: the recorded ones stay whatever the input says.
     *
     * @since 1.1
     */
    void updateProject(long id, long version, ProjectInput project);

    /**
     * @return the project's figures, by year
     * @since 1.1
     */
    List<YearFigure> figures(String project);
}
