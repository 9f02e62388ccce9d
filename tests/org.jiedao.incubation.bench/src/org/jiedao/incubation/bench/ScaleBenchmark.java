package org.jiedao.incubation.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.jiedao.core.contributions.Contributions;
import org.jiedao.core.dashboard.DashboardWidgetProvider;
import org.jiedao.core.dashboard.WidgetContext;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.incubation.IncubationQueries;
import org.jiedao.incubation.Records.Coverage;
import org.jiedao.incubation.internal.contrib.Widgets;
import org.jiedao.testing.Bench;
import org.jiedao.testing.Services;
import org.junit.jupiter.api.Test;

/**
 * A district at scale (issue 15): 100 streets of 20 communities (2,000), 1,500 stations, 50,000 projects with 10
 * years of figures (500,000 rows), 50,000 consultations, 20,000 sessions, 200 SIYB cohorts, 100 incubators with
 * 2,000 desk allocations — a fixture written by plain JDBC batch into embedded Derby with its index statistics
 * taken — then, signed in as the district administrator (everything in scope) and as one street's officer:
 * coverage for every street (goal ≤ 200 ms) and the module's seven dashboard widgets loaded as the dashboard's
 * refresh loads them (goal ≤ 300 ms). Medians of runs after a first one reported on its own; nothing is asserted
 * about speed.
 */
class ScaleBenchmark {

    static final int STREETS = 100;
    static final int PER_STREET = 20;
    static final int PROJECTS = 50_000;
    static final int YEARS = 10;
    static final int FIRST_YEAR = 2015;
    static final String PASSWORD = "Qu-Guimo-2020!";

    static String street(int s) {
        return String.format("997%03d", s);
    }

    static String community(int s, int c) {
        return street(s) + String.format("%02d", c);
    }

    @Test
    void coverageAndDashboardAtDistrictScale() throws Exception {
        PersistenceService persistence = Services.await(PersistenceService.class);
        SecurityService security = Services.await(SecurityService.class);
        OrgUnitService units = Services.await(OrgUnitService.class);
        IncubationQueries queries = Services.await(IncubationQueries.class);
        security.signOut();
        StringBuilder report = new StringBuilder();
        long t = System.nanoTime();
        units.create("997", "规模基准区", OrgLevel.DISTRICT, null);
        for (int s = 0; s < STREETS; s++) {
            units.create(street(s), "基准街道" + s, OrgLevel.STREET, "997");
            for (int c = 0; c < PER_STREET; c++) {
                units.create(community(s, c), "基准街道" + s + "社区" + c, OrgLevel.COMMUNITY, street(s));
            }
        }
        double unitsSeconds = Bench.millisSince(t) / 1000;
        String[][] paths = new String[STREETS][PER_STREET];
        String[] streetPaths = new String[STREETS];
        for (OrgUnit u : units.list()) {
            if (u.code().startsWith("997") && u.level() == OrgLevel.COMMUNITY) {
                paths[Integer.parseInt(u.code().substring(3, 6))][Integer.parseInt(u.code().substring(6))] = u.path();
            } else if (u.code().startsWith("997") && u.level() == OrgLevel.STREET) {
                streetPaths[Integer.parseInt(u.code().substring(3))] = u.path();
            }
        }
        t = System.nanoTime();
        Random random = new Random(20200611);
        persistence.transaction(em -> {
            Connection connection = em.unwrap(Connection.class);
            try {
                long id = 80_000_000_000L;
                try (PreparedStatement plan = connection.prepareStatement("INSERT INTO INCUBATION_PLAN (ID, VERSION, START_DATE, DEADLINE, UNIT_CODE, "
                        + "UNIT_PATH) VALUES (?, 1, ?, ?, ?, ?)")) {
                    for (int s = 0; s < STREETS; s++) {
                        plan.setLong(1, id++);
                        plan.setDate(2, java.sql.Date.valueOf(LocalDate.of(2020, 6, 11)));
                        plan.setDate(3, java.sql.Date.valueOf(LocalDate.of(2020 + s % 6, 6, 11)));
                        plan.setString(4, street(s));
                        plan.setString(5, streetPaths[s]);
                        plan.addBatch();
                    }
                    plan.executeBatch();
                }
                try (PreparedStatement station = connection.prepareStatement("INSERT INTO INCUBATION_STATION (ID, VERSION, NAME, ADDRESS, OPENED_ON, "
                        + "CLOSED_ON, GUIDANCE_ROOM, UNIT_CODE, UNIT_PATH) VALUES (?, 1, ?, NULL, ?, ?, TRUE, ?, ?)")) {
                    for (int s = 0; s < STREETS; s++) {
                        for (int c = 0; c < PER_STREET; c++) {
                            if (random.nextInt(4) > 0) {
                                station.setLong(1, id++);
                                station.setString(2, "驿站" + community(s, c));
                                station.setDate(3, java.sql.Date.valueOf(LocalDate.of(2016 + random.nextInt(9), 1 + random.nextInt(12), 1)));
                                station.setDate(4, random.nextInt(20) == 0 ? java.sql.Date.valueOf(LocalDate.of(2025, 1, 1)) : null);
                                station.setString(5, community(s, c));
                                station.setString(6, paths[s][c]);
                                station.addBatch();
                            }
                        }
                    }
                    station.executeBatch();
                }
                long firstProject = id;
                try (PreparedStatement project = connection.prepareStatement("INSERT INTO INCUBATION_PROJECT (ID, VERSION, CODE, NAME, FOUNDER, PHONE, "
                        + "SECTOR, STUDENT, SCHOOL, GRADUATION_YEAR, EXCELLENT, ENTRY_DATE, EXIT_DATE, STATUS, UNIT_CODE, UNIT_PATH) "
                        + "VALUES (?, 1, ?, ?, '张三', '13912345678', '文创', FALSE, NULL, NULL, FALSE, ?, ?, ?, ?, ?)");
                        PreparedStatement figure = connection.prepareStatement("INSERT INTO INCUBATION_FIGURE (ID, VERSION, PROJECT_ID, FIGURE_YEAR, "
                                + "JOBS, TURNOVER, UNIT_CODE, UNIT_PATH) VALUES (?, 1, ?, ?, ?, ?, ?, ?)")) {
                    long figureId = 81_000_000_000L;
                    for (int p = 0; p < PROJECTS; p++) {
                        int s = p % STREETS;
                        int c = (p / STREETS) % PER_STREET;
                        LocalDate entry = LocalDate.of(FIRST_YEAR + random.nextInt(YEARS), 1 + random.nextInt(12), 1);
                        boolean exited = random.nextInt(5) == 0;
                        project.setLong(1, firstProject + p);
                        project.setString(2, String.format("K%06d", p));
                        project.setString(3, "项目" + p);
                        project.setDate(4, java.sql.Date.valueOf(entry));
                        project.setDate(5, exited ? java.sql.Date.valueOf(entry.plusYears(1)) : null);
                        project.setString(6, exited ? "EXITED" : "RESIDENT");
                        project.setString(7, community(s, c));
                        project.setString(8, paths[s][c]);
                        project.addBatch();
                        for (int y = 0; y < YEARS; y++) {
                            figure.setLong(1, figureId++);
                            figure.setLong(2, firstProject + p);
                            figure.setInt(3, FIRST_YEAR + y);
                            figure.setInt(4, random.nextInt(20));
                            figure.setBigDecimal(5, BigDecimal.valueOf(random.nextInt(50_000_000), 2));
                            figure.setString(6, community(s, c));
                            figure.setString(7, paths[s][c]);
                            figure.addBatch();
                        }
                        if (p % 200 == 199) {
                            project.executeBatch();
                            figure.executeBatch();
                        }
                    }
                    project.executeBatch();
                    figure.executeBatch();
                }
                id = 82_000_000_000L;
                try (PreparedStatement consultation = connection.prepareStatement("INSERT INTO INCUBATION_CONSULTATION (ID, VERSION, CONSULTED_ON, TOPIC, "
                        + "RESIDENT, HANDLED_BY, UNIT_CODE, UNIT_PATH) VALUES (?, 1, ?, '创业担保贷款', NULL, NULL, ?, ?)")) {
                    for (int i = 0; i < 50_000; i++) {
                        int s = random.nextInt(STREETS);
                        int c = random.nextInt(PER_STREET);
                        consultation.setLong(1, id++);
                        consultation.setDate(2, java.sql.Date.valueOf(LocalDate.of(FIRST_YEAR + random.nextInt(YEARS), 1, 1).plusDays(random.nextInt(365))));
                        consultation.setString(3, community(s, c));
                        consultation.setString(4, paths[s][c]);
                        consultation.addBatch();
                        if (i % 1000 == 999) {
                            consultation.executeBatch();
                        }
                    }
                    consultation.executeBatch();
                }
                try (PreparedStatement session = connection.prepareStatement("INSERT INTO INCUBATION_SESSION (ID, VERSION, HELD_ON, TITLE, ATTENDANCE, "
                        + "UNIT_CODE, UNIT_PATH) VALUES (?, 1, ?, '便民服务', ?, ?, ?)")) {
                    for (int i = 0; i < 20_000; i++) {
                        int s = random.nextInt(STREETS);
                        int c = random.nextInt(PER_STREET);
                        session.setLong(1, id++);
                        session.setDate(2, java.sql.Date.valueOf(LocalDate.of(FIRST_YEAR + random.nextInt(YEARS), 1, 1).plusDays(random.nextInt(365))));
                        session.setInt(3, random.nextInt(60));
                        session.setString(4, community(s, c));
                        session.setString(5, paths[s][c]);
                        session.addBatch();
                        if (i % 1000 == 999) {
                            session.executeBatch();
                        }
                    }
                    session.executeBatch();
                }
                try (PreparedStatement cohort = connection.prepareStatement("INSERT INTO INCUBATION_COHORT (ID, VERSION, NAME, START_DATE, END_DATE, "
                        + "TRAINER, PARTICIPANTS, GRADUATES, UNIT_CODE, UNIT_PATH) VALUES (?, 1, ?, ?, ?, NULL, 30, ?, ?, ?)")) {
                    for (int i = 0; i < 200; i++) {
                        LocalDate start = LocalDate.of(FIRST_YEAR + i % YEARS, 3, 1);
                        cohort.setLong(1, id++);
                        cohort.setString(2, "SIYB-基准-" + i);
                        cohort.setDate(3, java.sql.Date.valueOf(start));
                        cohort.setDate(4, java.sql.Date.valueOf(start.plusDays(10)));
                        cohort.setInt(5, 20 + random.nextInt(10));
                        cohort.setString(6, street(i % STREETS));
                        cohort.setString(7, streetPaths[i % STREETS]);
                        cohort.addBatch();
                    }
                    cohort.executeBatch();
                }
                long firstIncubator = id;
                try (PreparedStatement incubator = connection.prepareStatement("INSERT INTO INCUBATION_INCUBATOR (ID, VERSION, NAME, RESERVED_DESKS, "
                        + "EXHIBITION_SPACE, UNIT_CODE, UNIT_PATH) VALUES (?, 1, ?, 20, TRUE, ?, ?)")) {
                    for (int i = 0; i < STREETS; i++) {
                        incubator.setLong(1, id++);
                        incubator.setString(2, "孵化基地" + i);
                        incubator.setString(3, street(i));
                        incubator.setString(4, streetPaths[i]);
                        incubator.addBatch();
                    }
                    incubator.executeBatch();
                }
                try (PreparedStatement desk = connection.prepareStatement("INSERT INTO INCUBATION_DESK (ID, VERSION, INCUBATOR_ID, STUDENT, SCHOOL, "
                        + "GRADUATION_YEAR, PROJECT_CODE, FROM_DATE, TO_DATE, UNIT_CODE, UNIT_PATH) VALUES (?, 1, ?, '学生', '苏州大学', 2024, NULL, ?, ?, ?, ?)")) {
                    for (int i = 0; i < 2_000; i++) {
                        LocalDate from = LocalDate.now().minusDays(random.nextInt(300));
                        desk.setLong(1, id++);
                        desk.setLong(2, firstIncubator + i % STREETS);
                        desk.setDate(3, java.sql.Date.valueOf(from));
                        desk.setDate(4, java.sql.Date.valueOf(from.plusDays(random.nextInt(200))));
                        desk.setString(5, street(i % STREETS));
                        desk.setString(6, streetPaths[i % STREETS]);
                        desk.addBatch();
                    }
                    desk.executeBatch();
                }
                // the kept sums of the figures, as the module keeps them (and as its migration fills them)
                try (Statement st = connection.createStatement()) {
                    st.executeUpdate("INSERT INTO INCUBATION_FIGURE_SUM (ID, VERSION, SUM_YEAR, JOBS, TURNOVER, FIGURES, UNIT_CODE, UNIT_PATH) "
                            + "SELECT MIN(ID), 1, FIGURE_YEAR, SUM(JOBS), SUM(TURNOVER), COUNT(*), UNIT_CODE, MIN(UNIT_PATH) FROM INCUBATION_FIGURE "
                            + "GROUP BY UNIT_CODE, FIGURE_YEAR");
                    // the kept entries and exits of the projects per unit and year, as migration incubation-003 fills them
                    st.executeUpdate("INSERT INTO INCUBATION_PROJECT_COUNT (ID, VERSION, COUNT_YEAR, KIND, ENTERED, EXITED, UNIT_CODE, UNIT_PATH) "
                            + "SELECT MIN(ID), 1, YEAR(ENTRY_DATE), 'E', COUNT(*), 0, UNIT_CODE, MIN(UNIT_PATH) FROM INCUBATION_PROJECT "
                            + "WHERE STATUS <> 'APPLIED' AND ENTRY_DATE IS NOT NULL GROUP BY UNIT_CODE, YEAR(ENTRY_DATE)");
                    st.executeUpdate("INSERT INTO INCUBATION_PROJECT_COUNT (ID, VERSION, COUNT_YEAR, KIND, ENTERED, EXITED, UNIT_CODE, UNIT_PATH) "
                            + "SELECT -MAX(ID), 1, YEAR(EXIT_DATE), 'X', 0, COUNT(*), UNIT_CODE, MIN(UNIT_PATH) FROM INCUBATION_PROJECT "
                            + "WHERE STATUS <> 'APPLIED' AND ENTRY_DATE IS NOT NULL AND EXIT_DATE IS NOT NULL GROUP BY UNIT_CODE, YEAR(EXIT_DATE)");
                }
                // index statistics, as a database in use has them
                String schema;
                try (Statement st = connection.createStatement(); var rs = st.executeQuery("VALUES CURRENT SCHEMA")) {
                    rs.next();
                    schema = rs.getString(1);
                }
                for (String table : List.of("INCUBATION_STATION", "INCUBATION_PROJECT", "INCUBATION_FIGURE", "INCUBATION_FIGURE_SUM", "INCUBATION_PROJECT_COUNT", "INCUBATION_CONSULTATION",
                        "INCUBATION_SESSION", "INCUBATION_COHORT", "INCUBATION_INCUBATOR", "INCUBATION_DESK", "INCUBATION_PLAN")) {
                    try (var call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(?, ?, NULL)")) {
                        call.setString(1, schema);
                        call.setString(2, table);
                        call.execute();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        double fixtureSeconds = Bench.millisSince(t) / 1000;
        report.append(String.format("Startup incubation at district scale: %d streets, %d communities, %d projects, %d figure rows (%d years); "
                + "units %.0f s, fixture by plain JDBC batch %.0f s; load average %.1f, %d cores%n", STREETS, STREETS * PER_STREET, PROJECTS,
                PROJECTS * YEARS, YEARS, unitsSeconds, fixtureSeconds, java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors()));

        security.createUser("scale-admin", "区管理员", Role.DISTRICT_ADMIN, null, PASSWORD.toCharArray());
        security.createUser("scale-street", "街道工作人员", Role.STREET_OFFICER, street(7), PASSWORD.toCharArray());
        for (String user : List.of("scale-admin", "scale-street")) {
            security.signOut();
            security.signIn(user, PASSWORD.toCharArray());
            LocalDate today = LocalDate.now();
            t = System.nanoTime();
            List<Coverage> coverage = queries.coverage(null, today);
            double first = Bench.millisSince(t);
            double[] runs = new double[7];
            for (int i = 0; i < runs.length; i++) {
                t = System.nanoTime();
                coverage = queries.coverage(null, today);
                runs[i] = Bench.millisSince(t);
            }
            int streets = 0;
            for (Coverage c : coverage) {
                if (c.streetCode().startsWith("997")) {
                    streets++;
                    assertEquals(PER_STREET, c.communities());
                }
            }
            assertEquals(user.equals("scale-admin") ? STREETS : 1, streets);
            report.append(Bench.line(String.format("%s: coverage of every street in scope (%d streets)", user, coverage.size()), runs))
                    .append(String.format("  (the first after the start: %.0f ms)%n", first));
            List<Class<? extends DashboardWidgetProvider>> widgets = List.of(Widgets.CoverageAgainstPlan.class, Widgets.YearFigures.class,
                    Widgets.JobsAndTurnover.class, Widgets.DesksInUse.class, Widgets.ConsultationsPerMonth.class, Widgets.SiybGraduates.class,
                    Widgets.Rotations.class);
            WidgetContext context = new WidgetContext(Locale.CHINA, security.currentScope(), security.currentUser());
            double[] dashboard = new double[6];
            for (int i = 0; i < dashboard.length; i++) {
                t = System.nanoTime();
                for (Class<? extends DashboardWidgetProvider> w : widgets) {
                    Contributions.create(w).load(context);
                }
                dashboard[i] = Bench.millisSince(t);
            }
            report.append(Bench.line(user + ": dashboard, the module's 7 widgets (first run included)", dashboard));
            for (Class<? extends DashboardWidgetProvider> w : widgets) {
                double[] one = new double[3];
                for (int i = 0; i < one.length; i++) {
                    t = System.nanoTime();
                    Contributions.create(w).load(context);
                    one[i] = Bench.millisSince(t);
                }
                report.append(Bench.line("  " + w.getSimpleName(), one));
            }
            if (user.equals("scale-admin")) { // the totals' queries one by one (as the district administrator asks them: no path condition), for the reader of the figures
                int year = queries.reportYear();
                LocalDate from = LocalDate.of(year, 1, 1);
                LocalDate to = LocalDate.of(year, 12, 31);
                String[][] parts = {
                        { "stations open in the year", "select count(s) from IncubationStation s where s.openedOn <= :to and "
                                + "(s.closedOn is null or s.closedOn >= :from)" },
                        { "projects resident in the year, counted over the projects (before)", "select count(p.entryDate) from "
                                + "IncubationProject p where p.status <> 'APPLIED' and p.entryDate <= :to and (p.exitDate is null or "
                                + "p.exitDate >= :from)" },
                        { "projects resident in the year, from the kept counts", "select c.year, sum(c.entered), sum(c.exited) from "
                                + "IncubationProjectCount c where c.year <= " + year + " group by c.year" },
                        { "figures from the kept sums", "select sum(f.jobs), sum(f.turnover) from IncubationFigureSum f where "
                                + "f.year = " + year },
                        { "sessions of the year", "select count(s.day), sum(s.attendance) from IncubationSession s where s.day "
                                + "between :from and :to" },
                        { "consultations of the year", "select count(c.day) from IncubationConsultation c where c.day between :from "
                                + "and :to" } };
                security.signOut();
                long counted = persistence.read(em -> em.createQuery(parts[1][1], Long.class).setParameter("from", from).setParameter("to", to)
                        .getSingleResult());
                security.signIn(user, PASSWORD.toCharArray());
                assertEquals(counted, queries.totals(year, null).projects(), "the kept counts give the projects resident in " + year);
                for (String[] part : parts) {
                    double[] one = new double[3];
                    for (int i = 0; i < one.length; i++) {
                        t = System.nanoTime();
                        persistence.read(em -> {
                            var q = em.createQuery(part[1]);
                            if (part[1].contains(":from")) {
                                q.setParameter("from", from);
                            }
                            if (part[1].contains(":to")) {
                                q.setParameter("to", to);
                            }
                            return part[1].contains("group by") ? q.getResultList() : q.getSingleResult();
                        });
                        one[i] = Bench.millisSince(t);
                    }
                    report.append(Bench.line("  totals: " + part[0], one));
                }
            }
        }
        Bench.write(report);
    }
}
