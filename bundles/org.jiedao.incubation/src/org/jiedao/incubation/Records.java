package org.jiedao.incubation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The module's records as services return them (values, never entities). */
public final class Records {

    private Records() {
    }

    /** A station (驿站) of a community. */
    public record Station(long id, String communityCode, String communityName, String name, String address, LocalDate openedOn,
            LocalDate closedOn, boolean guidanceRoom) {
        /** @return whether the station is open on the day */
        public boolean openOn(LocalDate day) {
            return !openedOn.isAfter(day) && (closedOn == null || !closedOn.isBefore(day));
        }
    }

    /** An incubator (孵化载体) with its reserved free desks (免费创业工位). */
    public record Incubator(long id, String name, String unitCode, int reservedDesks, boolean exhibitionSpace) {
    }

    /**
     * A project (入驻项目). {@code founder} and {@code phone} are personal data: masked unless
     * {@code personalDataVisible}.
     */
    public record Project(long id, String code, String name, String founder, String phone, String sector, boolean student, String school,
            Integer graduationYear, boolean excellent, String communityCode, String communityName, LocalDate entryDate, LocalDate exitDate,
            ProjectStatus status, boolean personalDataVisible) {
    }

    /** What a project is recorded with (founder and phone in the clear). */
    public record ProjectInput(String code, String name, String founder, String phone, String sector, boolean student, String school,
            Integer graduationYear, boolean excellent, String community, LocalDate entryDate, LocalDate exitDate, ProjectStatus status) {
    }

    /** A project's figures of a year: jobs created (带动就业), turnover in yuan (scale 2). */
    public record YearFigure(String project, int year, int jobs, BigDecimal turnover) {
    }

    /** A desk allocation of an incubator to a student, for a date range (both days included). */
    public record DeskAllocation(long id, String incubator, String student, String school, int graduationYear, String project, LocalDate from,
            LocalDate to) {
    }

    /** What a student asks a desk for. */
    public record DeskRequest(String incubator, String student, String school, int graduationYear, String project, LocalDate from, LocalDate to) {
    }

    /** An incubator's day: desks allocated and reserved. */
    public record DeskDay(LocalDate day, int used, int reserved) {
    }

    /** An exhibition rotation (展陈) of an incubator's quarter. */
    public record Rotation(long id, String incubator, int year, int quarter, String works, String authors, String school) {
    }

    /** A quarter of an incubator with an exhibition space but no rotation. */
    public record MissingRotation(String incubator, int year, int quarter) {
    }

    /**
     * A street's coverage on a day: communities with a station open / all its communities, against its plan.
     *
     * @param deadline the plan's deadline, null when the street has no plan
     * @param daysLeft days from the day to the deadline (negative when passed), 0 without a plan
     */
    public record Coverage(String streetCode, String streetName, LocalDate on, int communities, int covered, List<String> missing,
            LocalDate planStart, LocalDate deadline, long daysLeft) {
        /** @return whether every community has a station */
        public boolean complete() {
            return covered == communities;
        }
    }

    /** The totals of a year (the seed's figures for the pilot), within the user's scope or a street. */
    public record Totals(int year, int stations, int projects, int jobs, BigDecimal turnover, int sessions, int attendance, int consultations,
            int siybGraduates) {
    }

    /** A row of a round's result (the export {@code incubation-matches}): community null when unmatched. */
    public record MatchRow(String round, String project, String community, Integer projectRank, Integer communityRank) {
    }

    /** A round with its state. */
    public record Round(long id, String name, String streetCode, RoundStatus status, LocalDate confirmedOn, int applications, int rankings) {
    }

    /**
     * A record as an editor opens it, with the version it was read at: a save naming an older version is
     * refused with {@link org.jiedao.core.persistence.ConcurrentChangeException}.
     *
     * @since 1.1
     */
    public record Versioned<T>(T record, long version) {
    }

    /**
     * A project's application to a community in a round, with its order of preference (1 = first).
     *
     * @since 1.1
     */
    public record Application(String round, String project, String community, String communityName, int projectRank) {
    }

    /**
     * A community's rank of a project in a round (1 = best, ties allowed), with the community's places.
     *
     * @since 1.1
     */
    public record Ranking(String round, String community, String communityName, String project, int communityRank, int places) {
    }
}
