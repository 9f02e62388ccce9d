package org.jiedao.appraisal.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.appraisal.AppraisalException;
import org.jiedao.appraisal.AppraisalService;
import org.jiedao.appraisal.FollowUpKind;
import org.jiedao.appraisal.Grade;
import org.jiedao.appraisal.HonourLevel;
import org.jiedao.appraisal.Indicator;
import org.jiedao.appraisal.RaterLevel;
import org.jiedao.appraisal.ScoreEntryException;
import org.jiedao.appraisal.internal.model.CadreEntity;
import org.jiedao.appraisal.internal.model.ExamEntity;
import org.jiedao.appraisal.internal.model.FollowUpEntity;
import org.jiedao.appraisal.internal.model.GradeEntity;
import org.jiedao.appraisal.internal.model.HonourEntity;
import org.jiedao.appraisal.internal.model.ScoreEntity;
import org.jiedao.appraisal.internal.model.UnlockEntity;
import org.jiedao.appraisal.internal.model.YearEntity;
import org.jiedao.appraisal.rules.AppraisalEngine;
import org.jiedao.appraisal.rules.AppraisalInput;
import org.jiedao.appraisal.rules.AppraisalSettings;
import org.jiedao.appraisal.rules.Explanation;
import org.jiedao.appraisal.rules.HonourEntry;
import org.jiedao.appraisal.rules.LevelSums;
import org.jiedao.appraisal.rules.YearResult;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The appraisal service: reads the year's data (scoped), runs the rules engine, keeps the lock. */
@Component(service = AppraisalService.class)
public final class AppraisalServiceImpl implements AppraisalService {

    /** Settings are stored with 6 decimals (weights) and 4 (percents, points, factors). */
    private static final int SETTINGS_SCALE = 4;

    @Reference
    private PersistenceService persistence;

    @Reference
    private SecurityService security;

    @Reference
    private OrgUnitService units;

    private static Cadre cadre(CadreEntity c) {
        return new Cadre(c.getCadreId(), c.getName(), c.getUnitCode(), c.getUnitPath(), c.getPosition());
    }

    @Override
    public List<Cadre> cadres(String unitCode) {
        String path = unitCode == null ? "/" : unit(unitCode).path();
        return persistence.read(em -> em.createQuery("select c from CadreEntity c where c.unitPath like :p order by c.cadreId",
                CadreEntity.class).setParameter("p", path + "%").getResultStream().map(AppraisalServiceImpl::cadre).toList());
    }

    @Override
    public Optional<Cadre> cadre(String cadreId) {
        return persistence.read(em -> findCadre(em, cadreId).map(AppraisalServiceImpl::cadre));
    }

    static Optional<CadreEntity> findCadre(EntityManager em, String cadreId) {
        return em.createQuery("select c from CadreEntity c where c.cadreId = :id", CadreEntity.class).setParameter("id", cadreId)
                .getResultStream().findFirst();
    }

    private OrgUnit unit(String code) {
        return units.find(code).orElseThrow(() -> new AppraisalException(NLS.bind(Messages.get().Service_unknownUnit, code)));
    }

    @Override
    public AppraisalYear year(int year) {
        return persistence.read(em -> {
            YearEntity entity = em.find(YearEntity.class, year);
            if (entity == null) {
                return new AppraisalYear(year, AppraisalSettings.defaults(), false, false, Optional.empty(), Optional.empty());
            }
            return new AppraisalYear(year, entity.getSettings(), true, entity.isPublished(), Optional.ofNullable(entity.getPublishedBy()),
                    Optional.ofNullable(entity.getPublishedAt()));
        });
    }

    @Override
    public List<Integer> years() {
        return persistence.read(em -> {
            Set<Integer> years = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
            years.addAll(em.createQuery("select y.year from YearEntity y", Integer.class).getResultList());
            years.addAll(em.createQuery("select distinct s.year from ScoreEntity s", Integer.class).getResultList());
            return List.copyOf(years);
        });
    }

    @Override
    public void saveSettings(int year, AppraisalSettings settings) {
        Messages m = Messages.get();
        List<String> problems = new ArrayList<>();
        for (String problem : settings.problems()) {
            // AppraisalSettings names its problems in English (a rules API without message bundles): shown in the user's language
            problems.add(problem.startsWith("indicator") ? m.Settings_indicatorSum : problem.startsWith("rater level") ? m.Settings_levelSum
                    : problem.startsWith("weights") ? m.Settings_negative : problem.startsWith("grade quotas") ? m.Settings_quotaSum
                    : problem.startsWith("D bonus") ? m.Settings_bonusRange : problem);
        }
        if (!storable(settings)) {
            problems.add(m.Settings_decimals);
        }
        if (!problems.isEmpty()) {
            throw new AppraisalException(NLS.bind(m.Service_badSettings, String.join(m.Settings_separator, problems)));
        }
        requireAdminOfDefaultGroups();
        persistence.transaction(em -> {
            YearEntity entity = em.find(YearEntity.class, year);
            if (entity == null) {
                em.persist(new YearEntity(year, settings));
            } else {
                requireOpen(entity);
                entity.setSettings(settings);
            }
            return null;
        });
    }

    private static boolean storable(AppraisalSettings s) {
        List<BigDecimal> weights = new ArrayList<>(s.indicatorWeights().values());
        weights.addAll(s.levelWeights().values());
        weights.add(s.quarterWeight());
        weights.add(s.examWeight());
        List<BigDecimal> others = new ArrayList<>(s.quotaPercents().values());
        others.addAll(s.honourPoints().values());
        others.add(s.honourCap());
        others.addAll(s.dBonusFactors());
        return weights.stream().allMatch(w -> w.stripTrailingZeros().scale() <= 6 && w.compareTo(new BigDecimal("1000")) < 0)
                && others.stream().allMatch(w -> w.stripTrailingZeros().scale() <= SETTINGS_SCALE && w.compareTo(new BigDecimal("100000")) < 0);
    }

    /** Throws when a year is published (imports and edits check this). */
    static void requireOpen(YearEntity year) {
        if (year != null && year.isPublished()) {
            throw new AppraisalException(NLS.bind(Messages.get().Service_published, year.getYear()));
        }
    }

    /** @return whether the year is published (for the import formats' row checks) */
    static boolean isPublished(EntityManager em, int year) {
        YearEntity entity = em.find(YearEntity.class, year);
        return entity != null && entity.isPublished();
    }

    private void requireAdmin(OrgUnit unit) {
        Optional<UserAccount> user = security.currentUser();
        if (user.isPresent() && !security.isPermitted(ADMIN_PERMISSION, unit.code())) {
            throw new AccessDeniedException(NLS.bind(Messages.get().Service_denied, user.get().username(), unit.name()));
        }
    }

    private List<OrgUnit> requireAdminOfDefaultGroups() {
        List<OrgUnit> groups = defaultGroups();
        groups.forEach(this::requireAdmin);
        return groups;
    }

    /** The top units the user administers: their unit, or (no unit) every district with cadres. */
    List<OrgUnit> defaultGroups() {
        Optional<UserAccount> user = security.currentUser();
        if (user.isPresent() && user.get().unitCode().isPresent()) {
            return List.of(unit(user.get().unitCode().get()));
        }
        List<String> paths = persistence.read(em -> em.createQuery("select distinct c.unitPath from CadreEntity c", String.class)
                .getResultList());
        return units.list().stream().filter(u -> u.parentCode().isEmpty())
                .filter(u -> paths.stream().anyMatch(p -> p.startsWith(u.path()))).toList();
    }

    /** The phases of the last grading ({@link #grade}), for the benchmark. */
    private volatile GradingPhases lastPhases = new GradingPhases();

    /** @return where the time of the last {@link #grade} went (measured, for the benchmark) */
    public GradingPhases lastGradingPhases() {
        return lastPhases;
    }

    @Override
    public List<GroupGrades> grade(int year, String unitCode) {
        GradingPhases phases = new GradingPhases();
        List<OrgUnit> requested = unitCode == null ? defaultGroups() : List.of(unit(unitCode));
        requested.forEach(this::requireAdmin);
        phases.end("groups and permission");
        List<GroupGrades> grades = persistence.read(em -> {
            phases.end("transaction begin");
            boolean published = isPublished(em, year);
            List<GroupGrades> result = new ArrayList<>();
            for (OrgUnit unit : requested) {
                if (!published) {
                    result.add(computeGroup(em, year, unit, false, phases));
                    continue;
                }
                // published: the groups the grades were published in, narrowed to the unit asked for
                Set<String> groups = new LinkedHashSet<>(em.createQuery("select distinct g.groupUnit from GradeEntity g where g.year = :y "
                        + "and g.source = :s and g.unitPath like :p order by g.groupUnit", String.class).setParameter("y", year)
                        .setParameter("s", GradeEntity.Source.PUBLISHED).setParameter("p", unit.path() + "%").getResultList());
                for (String group : groups) {
                    GroupGrades full = computeGroup(em, year, unit(group), true, phases);
                    if (group.equals(unit.code())) {
                        result.add(full);
                    } else {
                        Map<String, Cadre> inUnit = new LinkedHashMap<>();
                        full.cadres().values().stream().filter(c -> c.unitPath().startsWith(unit.path())).forEach(c -> inUnit.put(c.cadreId(), c));
                        YearResult narrowed = new YearResult(year, full.result().settings(), full.result().quotas(), full.result()
                                .explanations().stream().filter(e -> inUnit.containsKey(e.cadreId())).toList());
                        result.add(new GroupGrades(full.group(), true, narrowed, inUnit));
                    }
                }
            }
            phases.restart();
            return result;
        });
        phases.end("transaction end");
        lastPhases = phases;
        return grades;
    }

    GroupGrades computeGroup(EntityManager em, int year, OrgUnit group, boolean published) {
        return computeGroup(em, year, group, published, new GradingPhases());
    }

    /** Reads a group's data of the year and runs the rules, timing each step in {@code phases}. */
    GroupGrades computeGroup(EntityManager em, int year, OrgUnit group, boolean published, GradingPhases phases) {
        phases.restart();
        YearEntity yearEntity = em.find(YearEntity.class, year);
        AppraisalSettings settings = yearEntity == null ? AppraisalSettings.defaults() : yearEntity.getSettings();
        phases.end("year and settings");
        Map<String, Cadre> cadres = new LinkedHashMap<>();
        // the fields only: entities would each be registered (and copied) in the unit of work
        for (Object[] c : em.createQuery("select c.cadreId, c.name, c.unitCode, c.unitPath, c.position from CadreEntity c "
                + "where c.unitPath like :p order by c.cadreId", Object[].class).setParameter("p", group.path() + "%").getResultList()) {
            cadres.put((String) c[0], new Cadre((String) c[0], (String) c[1], (String) c[2], (String) c[3], (String) c[4]));
        }
        phases.end("cadres");
        // per quarter, cadre and rater level (and unit) the raters' count and indicator sums, kept by every
        // write of score rows (LevelSumKeeper): about a third of the rows, no grouping, no row per rater
        List<LevelSums> scores = new ArrayList<>(cadres.size() * 12);
        for (Object[] r : em.createQuery("select s.quarter, s.cadreId, s.level, s.raters, s.de, s.neng, s.qin, s.ji, s.lian "
                + "from LevelSumEntity s where s.year = :y", Object[].class).setParameter("y", year).getResultList()) {
            Cadre cadre = cadres.get((String) r[1]);
            if (cadre != null) {
                // the cadre's own id string: the row's copy is garbage at once, not kept with the sums
                scores.add(LevelSums.of(((Number) r[0]).intValue(), cadre.cadreId(), (RaterLevel) r[2], ((Number) r[3]).intValue(),
                        decimal(r[4]), decimal(r[5]), decimal(r[6]), decimal(r[7]), decimal(r[8])));
            }
        }
        phases.end("score sums");
        Map<String, BigDecimal> exams = new HashMap<>();
        for (Object[] r : em.createQuery("select e.cadreId, e.score from ExamEntity e where e.year = :y", Object[].class)
                .setParameter("y", year).getResultList()) {
            if (cadres.containsKey((String) r[0])) {
                exams.put((String) r[0], (BigDecimal) r[1]);
            }
        }
        phases.end("exams");
        List<HonourEntry> honours = new ArrayList<>();
        for (HonourEntity h : em.createQuery("select h from HonourEntity h where h.year = :y order by h.id", HonourEntity.class)
                .setParameter("y", year).getResultList()) {
            if (cadres.containsKey(h.getCadreId())) {
                honours.add(new HonourEntry(h.getCadreId(), h.getLevel(), h.getTitle()));
            }
        }
        phases.end("honours");
        Map<String, Integer> priorD = new HashMap<>();
        if (published) {
            // as published: later imports of older history never change a published year
            for (GradeEntity g : em.createQuery("select g from GradeEntity g where g.year = :y and g.source = :s", GradeEntity.class)
                    .setParameter("y", year).setParameter("s", GradeEntity.Source.PUBLISHED).getResultList()) {
                if (cadres.containsKey(g.getCadreId()) && g.getDYears() != null) {
                    priorD.put(g.getCadreId(), g.getDYears() - (g.getGrade() == Grade.D ? 1 : 0));
                }
            }
        } else {
            for (Object[] r : em.createQuery("select g.cadreId, count(g) from GradeEntity g where g.year < :y and g.grade = :d "
                    + "group by g.cadreId", Object[].class).setParameter("y", year).setParameter("d", Grade.D).getResultList()) {
                if (cadres.containsKey((String) r[0])) {
                    priorD.put((String) r[0], ((Number) r[1]).intValue());
                }
            }
        }
        phases.end("earlier D grades");
        YearResult result = AppraisalEngine.compute(new AppraisalInput(year, settings, List.copyOf(cadres.keySet()), List.of(), scores, exams,
                honours, priorD));
        phases.end("rules engine");
        return new GroupGrades(group, published, result, cadres);
    }

    /** A SUM over a DECIMAL column (BigDecimal on Derby and PostgreSQL; other numbers converted exactly). */
    private static BigDecimal decimal(Object sum) {
        return sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString());
    }

    @Override
    public CadreExplanation explain(int year, String cadreId) {
        return persistence.read(em -> {
            Cadre cadre = findCadre(em, cadreId).map(AppraisalServiceImpl::cadre)
                    .orElseThrow(() -> new AppraisalException(NLS.bind(Messages.get().Service_unknownCadre, cadreId)));
            boolean published = isPublished(em, year);
            OrgUnit group = null;
            if (published) {
                group = em.createQuery("select g.groupUnit from GradeEntity g where g.year = :y and g.cadreId = :c and g.source = :s",
                        String.class).setParameter("y", year).setParameter("c", cadreId).setParameter("s", GradeEntity.Source.PUBLISHED)
                        .getResultStream().findFirst().map(this::unit).orElse(null);
            }
            if (group == null) {
                group = defaultGroups().stream().filter(u -> cadre.unitPath().startsWith(u.path())).findFirst()
                        .orElseThrow(() -> new AppraisalException(NLS.bind(Messages.get().Service_unknownCadre, cadreId)));
            }
            requireAdmin(group);
            GroupGrades grades = computeGroup(em, year, group, published);
            return new CadreExplanation(cadre, group, published, grades.result().settings(),
                    grades.result().explanation(cadreId).orElseThrow());
        });
    }

    @Override
    public int publish(int year) {
        List<OrgUnit> groups = requireAdminOfDefaultGroups();
        String who = security.currentUser().map(UserAccount::username).orElse("system");
        return persistence.transaction(em -> {
            YearEntity entity = em.find(YearEntity.class, year);
            requireOpen(entity);
            if (entity == null) {
                entity = new YearEntity(year, AppraisalSettings.defaults());
                em.persist(entity);
            }
            Map<String, GradeEntity> existing = new HashMap<>();
            em.createQuery("select g from GradeEntity g where g.year = :y", GradeEntity.class).setParameter("y", year).getResultStream()
                    .forEach(g -> existing.put(g.getCadreId(), g));
            Map<String, OrgUnit> unitByCode = new HashMap<>();
            List<GroupGrades> computed = new ArrayList<>(groups.size());
            for (OrgUnit group : groups) {
                computed.add(computeGroup(em, year, group, false));
            }
            // a grade of the history (appraisal-history) gives way to the published one: all such rows
            // and those of cadres no longer graded are removed with one flush (the unique year + cadre
            // key), then the published grades are written in the same transaction (batched inserts)
            boolean removed = false;
            for (GroupGrades grades : computed) {
                for (Explanation e : grades.result().explanations()) {
                    GradeEntity record = existing.get(e.cadreId());
                    if (record != null && (!e.graded() || record.getSource() != GradeEntity.Source.PUBLISHED)) {
                        em.remove(record);
                        existing.remove(e.cadreId());
                        removed = true;
                    }
                }
            }
            if (removed) {
                em.flush();
            }
            int graded = 0;
            for (int i = 0; i < groups.size(); i++) {
                OrgUnit group = groups.get(i);
                GroupGrades grades = computed.get(i);
                for (Explanation e : grades.result().explanations()) {
                    if (!e.graded()) {
                        continue;
                    }
                    graded++;
                    GradeEntity record = existing.remove(e.cadreId());
                    if (record == null) {
                        Cadre cadre = grades.cadres().get(e.cadreId());
                        record = new GradeEntity(year, e.cadreId(), e.grade().get(), GradeEntity.Source.PUBLISHED);
                        record.setUnit(unitByCode.computeIfAbsent(cadre.unitCode(), this::unit));
                        em.persist(record);
                    } else {
                        record.setGrade(e.grade().get());
                    }
                    record.published(e.annualScore().get(), e.rank().get(), e.dYears(), e.bonusFactor().get(), group.code());
                }
            }
            if (graded == 0) {
                throw new AppraisalException(NLS.bind(Messages.get().Service_nothingToPublish, year));
            }
            entity.publish(who, LocalDateTime.now(ZoneOffset.UTC));
            return graded;
        });
    }

    @Override
    public void unlock(int year, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new AppraisalException(Messages.get().Service_reasonRequired);
        }
        requireAdminOfDefaultGroups();
        String who = security.currentUser().map(UserAccount::username).orElse("system");
        persistence.transaction(em -> {
            YearEntity entity = em.find(YearEntity.class, year);
            if (entity == null || !entity.isPublished()) {
                throw new AppraisalException(NLS.bind(Messages.get().Service_notPublished, year));
            }
            entity.unlock();
            em.persist(new UnlockEntity(year, reason.strip(), who, LocalDateTime.now(ZoneOffset.UTC)));
            return null;
        });
    }

    @Override
    public List<Unlock> unlocks(int year) {
        return persistence.read(em -> em.createQuery("select u from UnlockEntity u where u.year = :y order by u.id", UnlockEntity.class)
                .setParameter("y", year).getResultStream()
                .map(u -> new Unlock(u.getYear(), u.getReason(), u.getUnlockedBy(), u.getUnlockedAt())).toList());
    }

    @Override
    public List<IndividualScore> individualScores(int year, String cadreId) {
        return persistence.read(em -> {
            CadreEntity cadre = findCadre(em, cadreId)
                    .orElseThrow(() -> new AppraisalException(NLS.bind(Messages.get().Service_unknownCadre, cadreId)));
            Optional<UserAccount> user = security.currentUser();
            if (user.isEmpty() || !security.isPermitted(ADMIN_PERMISSION, cadre.getUnitCode())) {
                throw new AccessDeniedException(NLS.bind(Messages.get().Service_anonymous,
                        user.map(UserAccount::username).orElse("?")));
            }
            return em.createQuery("select s from ScoreEntity s where s.year = :y and s.cadreId = :c order by s.quarter, s.raterId",
                    ScoreEntity.class).setParameter("y", year).setParameter("c", cadreId).getResultStream()
                    .map(s -> new IndividualScore(s.getQuarter(), s.getRaterId(), s.getLevel(), Map.of(Indicator.DE, s.getDe(),
                            Indicator.NENG, s.getNeng(), Indicator.QIN, s.getQin(), Indicator.JI, s.getJi(), Indicator.LIAN, s.getLian())))
                    .toList();
        });
    }

    @Override
    public List<GradeRecord> history(String cadreId) {
        return persistence.read(em -> em.createQuery("select g from GradeEntity g where g.cadreId = :c order by g.year", GradeEntity.class)
                .setParameter("c", cadreId).getResultStream()
                .map(g -> new GradeRecord(g.getYear(), g.getCadreId(), g.getGrade(), g.getSource() == GradeEntity.Source.PUBLISHED,
                        Optional.ofNullable(g.getAnnualScore()), Optional.ofNullable(g.getRank()), Optional.ofNullable(g.getDYears()),
                        Optional.ofNullable(g.getBonusFactor()).map(f -> f.setScale(2, RoundingMode.HALF_UP))))
                .toList());
    }

    @Override
    public FollowUp addFollowUp(int year, String cadreId, FollowUpKind kind, LocalDate on, String note) {
        return persistence.transaction(em -> {
            CadreEntity cadre = findCadre(em, cadreId)
                    .orElseThrow(() -> new AppraisalException(NLS.bind(Messages.get().Service_unknownCadre, cadreId)));
            requireAdmin(unit(cadre.getUnitCode()));
            boolean isD = em.createQuery("select count(g) from GradeEntity g where g.year = :y and g.cadreId = :c and g.grade = :d",
                    Long.class).setParameter("y", year).setParameter("c", cadreId).setParameter("d", Grade.D).getSingleResult() > 0;
            if (!isD) {
                throw new AppraisalException(NLS.bind(Messages.get().Service_notD, cadreId, year));
            }
            FollowUpEntity entity = new FollowUpEntity(year, cadreId, kind, on, note);
            entity.setUnit(unit(cadre.getUnitCode()));
            em.persist(entity);
            em.flush();
            return new FollowUp(entity.getId(), year, cadreId, kind, on, note);
        });
    }

    @Override
    public List<FollowUp> followUps(int year) {
        return persistence.read(em -> em.createQuery("select f from FollowUpEntity f where f.year = :y order by f.cadreId, f.doneOn",
                FollowUpEntity.class).setParameter("y", year).getResultStream()
                .map(f -> new FollowUp(f.getId(), f.getYear(), f.getCadreId(), f.getKind(), f.getDoneOn(), f.getNote())).toList());
    }

    // ---- quarterly rounds: score entry grid and progress ----

    private static void requireQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new AppraisalException(NLS.bind(Messages.get().Service_badQuarter, quarter));
        }
    }

    /** The unit's cadres (null: the default groups) after the admin check. */
    private List<CadreEntity> roundCadres(EntityManager em, String unitCode) {
        List<OrgUnit> groups = unitCode == null ? defaultGroups() : List.of(unit(unitCode));
        groups.forEach(this::requireAdmin);
        Map<String, CadreEntity> cadres = new java.util.TreeMap<>();
        for (OrgUnit group : groups) {
            em.createQuery("select c from CadreEntity c where c.unitPath like :p order by c.cadreId", CadreEntity.class)
                    .setParameter("p", group.path() + "%").getResultStream().forEach(c -> cadres.put(c.getCadreId(), c));
        }
        return List.copyOf(cadres.values());
    }

    private static Map<Indicator, BigDecimal> scores(ScoreEntity s) {
        Map<Indicator, BigDecimal> scores = new java.util.EnumMap<>(Indicator.class);
        scores.put(Indicator.DE, s.getDe());
        scores.put(Indicator.NENG, s.getNeng());
        scores.put(Indicator.QIN, s.getQin());
        scores.put(Indicator.JI, s.getJi());
        scores.put(Indicator.LIAN, s.getLian());
        return scores;
    }

    /** Expected raters per cadre: this year's raters (any round), else last year's; with their latest level. */
    private static Map<String, Map<String, RaterLevel>> expectedRaters(EntityManager em, int year, Set<String> cadreIds) {
        Map<String, Map<String, RaterLevel>> thisYear = new HashMap<>();
        Map<String, Map<String, RaterLevel>> lastYear = new HashMap<>();
        for (Object[] r : em.createQuery("select s.year, s.cadreId, s.raterId, s.level from ScoreEntity s where s.year in (:y, :p) "
                + "order by s.year, s.quarter", Object[].class).setParameter("y", year).setParameter("p", year - 1).getResultList()) {
            if (cadreIds.contains((String) r[1])) {
                ((Integer) r[0] == year ? thisYear : lastYear).computeIfAbsent((String) r[1], c -> new java.util.TreeMap<>())
                        .put((String) r[2], (RaterLevel) r[3]);
            }
        }
        Map<String, Map<String, RaterLevel>> expected = new HashMap<>();
        for (String cadre : cadreIds) {
            Map<String, RaterLevel> raters = thisYear.getOrDefault(cadre, lastYear.get(cadre));
            if (raters != null) {
                expected.put(cadre, raters);
            }
        }
        return expected;
    }

    @Override
    public Round round(int year, int quarter, String unitCode) {
        requireQuarter(quarter);
        return persistence.read(em -> {
            List<CadreEntity> cadres = roundCadres(em, unitCode);
            Set<String> ids = new LinkedHashSet<>();
            cadres.forEach(c -> ids.add(c.getCadreId()));
            Map<String, List<ScoreEntity>> entered = new HashMap<>();
            em.createQuery("select s from ScoreEntity s where s.year = :y and s.quarter = :q order by s.level, s.raterId", ScoreEntity.class)
                    .setParameter("y", year).setParameter("q", quarter).getResultStream().filter(s -> ids.contains(s.getCadreId()))
                    .forEach(s -> entered.computeIfAbsent(s.getCadreId(), c -> new ArrayList<>()).add(s));
            Map<String, Map<String, RaterLevel>> expected = expectedRaters(em, year, ids);
            List<ScoreLine> lines = new ArrayList<>();
            for (String cadre : ids) {
                List<ScoreLine> mine = new ArrayList<>();
                Set<String> raters = new HashSet<>();
                for (ScoreEntity s : entered.getOrDefault(cadre, List.of())) {
                    mine.add(new ScoreLine(cadre, s.getRaterId(), s.getLevel(), scores(s)));
                    raters.add(s.getRaterId());
                }
                expected.getOrDefault(cadre, Map.of()).forEach((rater, level) -> {
                    if (!raters.contains(rater)) {
                        mine.add(new ScoreLine(cadre, rater, level, Map.of()));
                    }
                });
                mine.sort(java.util.Comparator.comparing((ScoreLine l) -> l.level().ordinal()).thenComparing(ScoreLine::raterId));
                if (mine.isEmpty()) {
                    mine.add(new ScoreLine(cadre, null, null, Map.of()));
                }
                lines.addAll(mine);
            }
            return new Round(year, quarter, isPublished(em, year), cadres.stream().map(AppraisalServiceImpl::cadre).toList(), lines);
        });
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Override
    public RoundSaved saveRound(int year, int quarter, String unitCode, List<ScoreLine> lines) {
        requireQuarter(quarter);
        Messages m = Messages.get();
        return persistence.transaction(em -> {
            YearEntity yearEntity = em.find(YearEntity.class, year);
            requireOpen(yearEntity);
            Map<String, CadreEntity> cadres = new HashMap<>();
            roundCadres(em, unitCode).forEach(c -> cadres.put(c.getCadreId(), c));
            List<ScoreProblem> problems = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            Map<String, ScoreLine> wanted = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                ScoreLine line = lines.get(i);
                int shown = i + 1;
                boolean noRater = line.raterId() == null || line.raterId().isBlank();
                if (noRater && line.scores().isEmpty()) {
                    continue; // an empty line of the grid
                }
                if (line.cadreId() == null || !cadres.containsKey(line.cadreId())) {
                    problems.add(new ScoreProblem(i, "cadre_id", NLS.bind(m.Round_unknownCadre, shown, line.cadreId())));
                    continue;
                }
                if (noRater) {
                    problems.add(new ScoreProblem(i, "rater_id", NLS.bind(m.Round_raterRequired, shown)));
                    continue;
                }
                String rater = line.raterId().strip();
                if (rater.length() > 64) {
                    problems.add(new ScoreProblem(i, "rater_id", NLS.bind(m.Round_raterTooLong, shown)));
                    continue;
                }
                Integer first = seen.putIfAbsent(line.cadreId() + "/" + rater, i);
                if (first != null) {
                    problems.add(new ScoreProblem(i, "rater_id", NLS.bind(m.Round_duplicate, new Object[] { shown, rater, line.cadreId(),
                            first + 1 })));
                    continue;
                }
                if (line.scores().isEmpty()) {
                    continue; // expected but not entered (yet)
                }
                if (line.level() == null) {
                    problems.add(new ScoreProblem(i, "rater_level", NLS.bind(m.Round_levelRequired, shown)));
                }
                for (Indicator indicator : Indicator.values()) {
                    BigDecimal value = line.scores().get(indicator);
                    String name = indicator.displayName(java.util.Locale.getDefault());
                    if (value == null) {
                        problems.add(new ScoreProblem(i, indicator.key(), NLS.bind(m.Round_incomplete, shown, name)));
                    } else if (value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2) {
                        problems.add(new ScoreProblem(i, indicator.key(), NLS.bind(m.Round_outOfRange, new Object[] { shown, name,
                                value.toPlainString() })));
                    }
                }
                wanted.put(line.cadreId() + "/" + rater, new ScoreLine(line.cadreId(), rater, line.level(), line.scores()));
            }
            if (!problems.isEmpty()) {
                throw new ScoreEntryException(NLS.bind(m.Round_badLines, problems.size(), problems.get(0).message()), problems);
            }
            if (yearEntity == null) {
                em.persist(new YearEntity(year, AppraisalSettings.defaults()));
            }
            int entries = wanted.size();
            int removed = 0;
            LevelSumKeeper sums = new LevelSumKeeper();
            for (ScoreEntity s : em.createQuery("select s from ScoreEntity s where s.year = :y and s.quarter = :q", ScoreEntity.class)
                    .setParameter("y", year).setParameter("q", quarter).getResultList()) {
                if (!cadres.containsKey(s.getCadreId())) {
                    continue;
                }
                ScoreLine line = wanted.remove(s.getCadreId() + "/" + s.getRaterId());
                if (line == null) {
                    sums.remove(s);
                    em.remove(s);
                    removed++;
                } else if (line.level() != s.getLevel() || !line.scores().entrySet().stream()
                        .allMatch(e -> e.getValue().compareTo(scores(s).get(e.getKey())) == 0)) {
                    sums.remove(s);
                    set(s, line);
                    sums.add(s);
                }
            }
            Map<String, OrgUnit> unitByCode = new HashMap<>();
            for (ScoreLine line : wanted.values()) {
                CadreEntity cadre = cadres.get(line.cadreId());
                ScoreEntity s = new ScoreEntity(year, quarter, line.cadreId(), line.raterId());
                s.setUnit(unitByCode.computeIfAbsent(cadre.getUnitCode(), this::unit));
                set(s, line);
                em.persist(s);
                sums.add(s);
            }
            sums.apply(em);
            return new RoundSaved(entries, removed);
        });
    }

    private static void set(ScoreEntity s, ScoreLine line) {
        Map<Indicator, BigDecimal> v = line.scores();
        s.set(line.level(), v.get(Indicator.DE), v.get(Indicator.NENG), v.get(Indicator.QIN), v.get(Indicator.JI), v.get(Indicator.LIAN));
    }

    @Override
    public List<RoundProgress> progress(int year, int quarter, String unitCode) {
        requireQuarter(quarter);
        return persistence.read(em -> {
            List<CadreEntity> cadres = roundCadres(em, unitCode);
            Set<String> ids = new LinkedHashSet<>();
            cadres.forEach(c -> ids.add(c.getCadreId()));
            Map<String, Set<String>> entered = new HashMap<>();
            for (Object[] r : em.createQuery("select s.cadreId, s.raterId from ScoreEntity s where s.year = :y and s.quarter = :q",
                    Object[].class).setParameter("y", year).setParameter("q", quarter).getResultList()) {
                if (ids.contains((String) r[0])) {
                    entered.computeIfAbsent((String) r[0], c -> new java.util.TreeSet<>()).add((String) r[1]);
                }
            }
            Map<String, Map<String, RaterLevel>> expected = expectedRaters(em, year, ids);
            List<RoundProgress> progress = new ArrayList<>();
            for (CadreEntity c : cadres) {
                Set<String> all = new java.util.TreeSet<>(expected.getOrDefault(c.getCadreId(), Map.of()).keySet());
                Set<String> done = entered.getOrDefault(c.getCadreId(), Set.of());
                all.addAll(done);
                progress.add(new RoundProgress(cadre(c), List.copyOf(all), List.copyOf(done)));
            }
            return progress;
        });
    }

    @Override
    public FollowUp updateFollowUp(long id, FollowUpKind kind, LocalDate on, String note) {
        return persistence.transaction(em -> {
            FollowUpEntity entity = followUp(em, id);
            entity.change(kind, on, note);
            return new FollowUp(entity.getId(), entity.getYear(), entity.getCadreId(), kind, on, note);
        });
    }

    @Override
    public void deleteFollowUp(long id) {
        persistence.transaction(em -> {
            em.remove(followUp(em, id));
            return null;
        });
    }

    private FollowUpEntity followUp(EntityManager em, long id) {
        FollowUpEntity entity = em.find(FollowUpEntity.class, id);
        if (entity == null) {
            throw new AppraisalException(NLS.bind(Messages.get().Service_unknownFollowUp, id));
        }
        CadreEntity cadre = findCadre(em, entity.getCadreId())
                .orElseThrow(() -> new AppraisalException(NLS.bind(Messages.get().Service_unknownCadre, entity.getCadreId())));
        requireAdmin(unit(cadre.getUnitCode()));
        return entity;
    }
}
