package org.jiedao.petitions.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.ConcurrentChangeException;
import org.jiedao.core.persistence.DataScope;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.jiedao.petitions.AttachmentInfo;
import org.jiedao.petitions.Deadlines;
import org.jiedao.petitions.HistoryEntry;
import org.jiedao.petitions.MailboxOpening;
import org.jiedao.petitions.NewPetition;
import org.jiedao.petitions.PetitionAction;
import org.jiedao.petitions.PetitionDetails;
import org.jiedao.petitions.PetitionException;
import org.jiedao.petitions.PetitionQuery;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.PetitionStatus;
import org.jiedao.petitions.PetitionSummary;
import org.jiedao.petitions.Privacy;
import org.jiedao.petitions.Urgency;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The petitions service on the platform's persistence, security and organisation services. */
@Component(service = PetitionService.class)
public final class PetitionServiceImpl implements PetitionService {

    static final Set<PetitionStatus> NOT_FINISHED = EnumSet.of(PetitionStatus.REGISTERED, PetitionStatus.ASSIGNED, PetitionStatus.IN_PROGRESS);

    @Reference
    PersistenceService persistence;
    @Reference
    SecurityService security;
    @Reference
    OrgUnitService units;

    // ---------------------------------------------------------------- intake

    @Override
    public long register(NewPetition n) {
        String content = required(n.content(), Messages.Field_content, 4000);
        String petitioner = optional(n.petitioner(), Messages.Field_petitioner, 50);
        String phone = optional(n.phone(), Messages.Field_phone, 30);
        if (phone != null && !phone.matches("[0-9+\\- ()]+")) {
            throw new PetitionException(NLS.bind(Messages.Refused_phone, phone));
        }
        String category = optional(n.category(), Messages.Field_category, 50);
        return persistence.transaction(em -> {
            // what registering looks up is read once per transaction: a query inside an import's transaction would
            // first flush everything written so far, for every row (quadratic)
            Lookups known = lookups.computeIfAbsent(em, k -> new Lookups(categories(), deadlines()));
            if (category != null && !known.categories().contains(category)) {
                throw new PetitionException(NLS.bind(Messages.Refused_category, category, String.join("、", known.categories())));
            }
            String code = n.communityCode() == null ? "" : n.communityCode().strip();
            OrgUnit unit = known.units().get(code);
            if (unit == null) {
                unit = unit(n.communityCode());
                known.units().put(code, unit);
            }
            Deadlines deadlines = known.deadlines();
            if (n.openingId() != null && em.find(MailboxOpeningRecord.class, n.openingId()) == null) {
                throw new PetitionException(NLS.bind(Messages.Refused_noOpening, n.openingId()));
            }
            Petition p = new Petition(n.receivedOn(), n.channel(), n.kind(), category, n.urgency().text(), petitioner, phone, content,
                    n.receivedOn().plusDays(deadlines.daysFor(n.urgency())), n.openingId(), who(), now());
            p.setUnit(unit);
            em.persist(p); // the id comes from the preallocated table sequence: no flush, so imports write in batches
            tally(em, unit, null, null, PetitionStatus.REGISTERED, null);
            record(em, p, unit, PetitionAction.REGISTERED, null, "");
            return p.getId();
        });
    }

    // ---------------------------------------------------------------- queries

    @Override
    public List<PetitionSummary> list(PetitionQuery query) {
        Deadlines deadlines = deadlines();
        Map<String, String> names = unitNames();
        if (nothingOverdue(query)) {
            return List.of();
        }
        return persistence.read(em -> {
            if (query.limit() <= 0 || (query.unitCode() != null && units.subtree(query.unitCode()).size() <= 1)) {
                // everything, or one community: its index (UNIT_CODE[, STATUS], newest first) already gives the order
                return page(em, query, null).stream().map(p -> summary(p, names, deadlines)).toList();
            }
            // A page, newest first. Over a million rows the database would rather sort everything in scope than walk the
            // newest-first index, since it does not know that only a page is wanted. So ask for the received days since
            // some day first (a range on the index's leading column: it walks the index and stops after the page), and
            // go further back only when that window holds fewer rows than the page needs; every row of an older day comes
            // after every row of the window, so the page is the same as without the window.
            LocalDate today = LocalDate.now();
            long total = -1;
            for (long days = 31; days <= 40 * 366; days *= 4) {
                List<Petition> rows = page(em, query, today.minusDays(days));
                if (rows.size() < query.limit()) { // the window may cut the page short, or the rows simply end here
                    total = total >= 0 ? total : count(query);
                    if (countSince(em, query, today.minusDays(days)) < total) {
                        continue;
                    }
                }
                return rows.stream().map(p -> summary(p, names, deadlines)).toList();
            }
            return page(em, query, null).stream().map(p -> summary(p, names, deadlines)).toList();
        });
    }

    /** One page of the query, received on or after {@code since} (null: any day), newest first. */
    private List<Petition> page(EntityManager em, PetitionQuery query, LocalDate since) {
        TypedQuery<Petition> q = query(em, query, "select p from Petition p", since == null ? "" : " and p.receivedOn >= :since",
                " order by p.receivedOn desc, p.id desc", Petition.class);
        // only read into summaries: no working copies for the unit of work to register and compare
        q.setHint("eclipselink.read-only", "true");
        if (since != null) {
            q.setParameter("since", since);
        }
        if (query.offset() > 0) {
            q.setFirstResult(query.offset());
        }
        if (query.limit() > 0) {
            q.setMaxResults(query.limit());
        }
        return q.getResultList();
    }

    /** How many rows of the query lie in the window (asked only when it holds less than a page: a small count). */
    private long countSince(EntityManager em, PetitionQuery query, LocalDate since) {
        TypedQuery<Long> q = query(em, query, "select count(p) from Petition p", " and p.receivedOn >= :since", "", Long.class);
        q.setParameter("since", since);
        return q.getSingleResult();
    }

    @Override
    public long count(PetitionQuery query) {
        if (nothingOverdue(query)) {
            return 0;
        }
        if (query.kind() == null && query.urgency() == null && !query.overdue() && (query.text() == null || query.text().isBlank())) {
            // status and unit only: the kept tallies, a few dozen rows whatever the number of petitions
            return persistence.read(em -> {
                StringBuilder jpql = new StringBuilder("select sum(t.count) from PetitionTally t where 1 = 1");
                Map<String, Object> parameters = new HashMap<>();
                if (query.status() != null) {
                    jpql.append(" and t.status = :status");
                    parameters.put("status", query.status());
                }
                if (query.unitCode() != null) {
                    unitCondition(jpql, parameters, "t", unit(query.unitCode()));
                }
                TypedQuery<Long> q = em.createQuery(jpql.toString(), Long.class);
                parameters.forEach(q::setParameter);
                Long sum = q.getSingleResult();
                return sum == null ? 0L : sum;
            });
        }
        // overdue: DUE_ON (never null) rather than the id, so that the status/deadline/path index answers alone
        return persistence.read(em -> query(em, query, query.overdue() ? "select count(p.dueOn) from Petition p" : "select count(p) from Petition p",
                "", Long.class).getSingleResult());
    }

    /** An overdue query filtered by a status that cannot be overdue (replied, closed, rejected, merged): nothing to ask. */
    private static boolean nothingOverdue(PetitionQuery query) {
        return query.overdue() && query.status() != null && !NOT_FINISHED.contains(query.status());
    }

    /** The unit's own rows when nothing lies below it (a community: the indexed {@code UNIT_CODE}), else its subtree. */
    private void unitCondition(StringBuilder jpql, Map<String, Object> parameters, String alias, OrgUnit unit) {
        unitCondition(jpql, parameters, alias, unit, false);
    }

    /**
     * The unit's rows: by {@code UNIT_CODE} when nothing lies below it (a community), else by its path; by the path always when
     * {@code byPath} (overdue queries: the index of status, deadline and path then answers them without reading the rows).
     */
    private void unitCondition(StringBuilder jpql, Map<String, Object> parameters, String alias, OrgUnit unit, boolean byPath) {
        if (!byPath && units.subtree(unit.code()).size() <= 1) {
            jpql.append(" and ").append(alias).append(".unitCode = :code");
            parameters.put("code", unit.code());
        } else {
            jpql.append(" and ").append(alias).append(".unitPath like :path");
            parameters.put("path", unit.path() + "%");
        }
    }

    @Override
    public Map<PetitionStatus, Long> countsByStatus() {
        Map<PetitionStatus, Long> counts = new java.util.EnumMap<>(PetitionStatus.class);
        persistence.read(em -> em.createQuery("select t.status, sum(t.count) from PetitionTally t group by t.status", Object[].class)
                .getResultList()).forEach(r -> counts.put((PetitionStatus) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    @Override
    public Satisfaction satisfaction() {
        Object[] row = persistence.read(em -> em.createQuery(
                "select sum(t.satisfactionSum), sum(t.satisfactionCount) from PetitionTally t where t.status = :closed", Object[].class)
                .setParameter("closed", PetitionStatus.CLOSED).getSingleResult());
        return new Satisfaction(row[1] == null ? 0 : ((Number) row[1]).longValue(), row[0] == null ? 0 : ((Number) row[0]).longValue());
    }

    @Override
    public long countDueSoon() {
        Deadlines deadlines = deadlines();
        LocalDate today = LocalDate.now();
        return persistence.read(em -> em.createQuery(
                "select count(p) from Petition p where p.status in :running and p.dueOn >= :today and p.dueOn <= :last", Long.class)
                .setParameter("running", List.copyOf(NOT_FINISHED)).setParameter("today", today)
                .setParameter("last", today.plusDays(deadlines.dueSoonDays())).getSingleResult());
    }

    private <T> TypedQuery<T> query(EntityManager em, PetitionQuery query, String select, String order, Class<T> type) {
        return query(em, query, select, "", order, type);
    }

    private <T> TypedQuery<T> query(EntityManager em, PetitionQuery query, String select, String extra, String order, Class<T> type) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.status() != null && !query.overdue()) {
            where.append(" and p.status = :status");
            parameters.put("status", query.status());
        }
        if (query.kind() != null) {
            where.append(" and p.kind = :kind");
            parameters.put("kind", query.kind());
        }
        if (query.urgency() != null) {
            where.append(" and p.urgency like :urgency");
            parameters.put("urgency", "%" + query.urgency().chinese() + "%");
        }
        if (query.unitCode() != null) {
            unitCondition(where, parameters, "p", unit(query.unitCode()), query.overdue());
        }
        if (query.overdue()) {
            // one list of statuses: the status asked for (one that can be overdue, see nothingOverdue) or every unfinished one
            where.append(" and p.status in :running and p.dueOn < :today");
            parameters.put("running", query.status() != null ? List.of(query.status()) : List.copyOf(NOT_FINISHED));
            parameters.put("today", LocalDate.now());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (p.content like :text or p.category like :text)");
            parameters.put("text", "%" + query.text().strip() + "%");
        }
        TypedQuery<T> q = em.createQuery(select + where + extra + order, type);
        parameters.forEach(q::setParameter);
        if (query.text() == null || query.text().isBlank()) {
            // literal values (statuses, dates, the unit's path: never the user's text) let the database estimate a range from
            // its index (how many petitions since a day, how many overdue) instead of guessing, and so pick the index
            q.setHint("eclipselink.jdbc.bind-parameters", "false");
        }
        return q;
    }

    @Override
    public Optional<PetitionSummary> summary(long id) {
        Deadlines deadlines = deadlines();
        Map<String, String> names = unitNames();
        return persistence.read(em -> Optional.ofNullable(em.find(Petition.class, id)).map(p -> summary(p, names, deadlines)));
    }

    @Override
    public Optional<PetitionDetails> find(long id) {
        Deadlines deadlines = deadlines();
        Map<String, String> names = unitNames();
        return persistence.transaction(em -> {
            Petition p = em.find(Petition.class, id);
            if (p == null) {
                return Optional.<PetitionDetails>empty();
            }
            boolean handler = isHandler(p.getUnitCode());
            boolean personal = notBlank(p.getPetitioner()) || notBlank(p.getPhone());
            if (handler && personal) {
                em.persist(new PersonalDataView(p.getId(), p.getUnitCode(), PersonalDataView.Purpose.SHOW, 1, who(), now()));
            }
            return Optional.of(details(em, p, names, deadlines, handler));
        });
    }

    private PetitionDetails details(EntityManager em, Petition p, Map<String, String> names, Deadlines deadlines, boolean handler) {
        List<HistoryEntry> history = em.createQuery(
                "select e from PetitionEvent e where e.petitionId = :id order by e.atUtc, e.id", PetitionEvent.class)
                .setParameter("id", p.getId()).getResultList().stream()
                .map(e -> new HistoryEntry(e.getAction(), e.getFromStatus(), e.getToStatus(), nz(e.getDetail()), e.getByUser(), e.getByName(),
                        e.getAtUtc()))
                .toList();
        List<AttachmentInfo> attachments = em.createQuery(
                "select new org.jiedao.petitions.AttachmentInfo(a.id, a.fileName, a.mediaType, a.size, a.addedBy, a.addedAtUtc)"
                        + " from PetitionAttachment a where a.petitionId = :id order by a.id", AttachmentInfo.class)
                .setParameter("id", p.getId()).getResultList();
        return new PetitionDetails(summary(p, names, deadlines), handler ? nz(p.getPetitioner()) : Privacy.maskName(p.getPetitioner()),
                handler ? nz(p.getPhone()) : Privacy.maskPhone(p.getPhone()), handler, nz(p.getReply()), p.getRepliedOn(),
                p.getSatisfaction(), nz(p.getFollowUp()), nz(p.getReason()), p.getMergedInto(), p.getOpeningId(), history, attachments);
    }

    /** The list form of a petition: personal data masked whoever looks. */
    PetitionSummary summary(Petition p, Map<String, String> names, Deadlines deadlines) {
        LocalDate today = LocalDate.now();
        boolean running = p.getStatus().isRunning();
        boolean overdue = running && p.getDueOn().isBefore(today);
        boolean soon = running && !overdue && !p.getDueOn().isAfter(today.plusDays(deadlines.dueSoonDays()));
        return new PetitionSummary(p.getId(), p.getVersion(), p.getReceivedOn(), p.getChannel(), p.getKind(), nz(p.getCategory()),
                Urgency.parse(p.getUrgency()).orElse(Urgency.NORMAL), p.getUnitCode(), names.getOrDefault(p.getUnitCode(), p.getUnitCode()),
                Privacy.maskName(p.getPetitioner()), Privacy.maskPhone(p.getPhone()), p.getContent(), p.getStatus(), nz(p.getAssignee()),
                p.getDueOn(), overdue, soon);
    }

    // ---------------------------------------------------------------- workflow

    @Override
    public PetitionSummary assign(long id, long version, String unitOrUser) {
        String to = required(unitOrUser, Messages.Field_assignee, 100);
        String[] assignee = resolveAssignee(to);
        return step(id, version, PetitionAction.ASSIGNED, EnumSet.of(PetitionStatus.REGISTERED, PetitionStatus.ASSIGNED),
                PetitionStatus.ASSIGNED, assignee[2], p -> p.setAssignee(assignee[0], assignee[1], assignee[2]));
    }

    @Override
    public PetitionSummary start(long id, long version) {
        return step(id, version, PetitionAction.STARTED, EnumSet.of(PetitionStatus.ASSIGNED), PetitionStatus.IN_PROGRESS, "", p -> {
        });
    }

    @Override
    public PetitionSummary reply(long id, long version, String text) {
        String reply = required(text, Messages.Field_reply, 4000);
        return step(id, version, PetitionAction.REPLIED, EnumSet.of(PetitionStatus.IN_PROGRESS), PetitionStatus.REPLIED, reply,
                p -> p.setReply(reply, LocalDate.now()));
    }

    @Override
    public PetitionSummary close(long id, long version, int satisfaction, String followUp) {
        if (satisfaction < 1 || satisfaction > 5) {
            throw new PetitionException(NLS.bind(Messages.Refused_satisfaction, satisfaction));
        }
        String note = optional(followUp, Messages.Field_followUp, 2000);
        String detail = NLS.bind(Messages.Detail_satisfaction, satisfaction) + (note == null ? "" : " " + note);
        return step(id, version, PetitionAction.CLOSED, EnumSet.of(PetitionStatus.REPLIED), PetitionStatus.CLOSED, detail,
                p -> p.setClosed(satisfaction, note, LocalDate.now()));
    }

    @Override
    public PetitionSummary reject(long id, long version, String reason) {
        String why = required(reason, Messages.Field_reason, 2000);
        return step(id, version, PetitionAction.REJECTED, NOT_FINISHED, PetitionStatus.REJECTED, why, p -> p.setReason(why));
    }

    @Override
    public PetitionSummary merge(long id, long version, long intoId, String reason) {
        if (intoId == id) {
            throw new PetitionException(NLS.bind(Messages.Refused_mergeSelf, id));
        }
        String why = optional(reason, Messages.Field_reason, 2000);
        String detail = why == null ? NLS.bind(Messages.Detail_duplicateOf, intoId) : why;
        return step(id, version, PetitionAction.MERGED, NOT_FINISHED, PetitionStatus.MERGED, detail, p -> {
            Petition target = persistence.read(em -> em.find(Petition.class, intoId));
            if (target == null) {
                throw new PetitionException(NLS.bind(Messages.Refused_notFound, intoId));
            }
            if (target.getStatus() == PetitionStatus.MERGED || target.getStatus() == PetitionStatus.REJECTED) {
                throw new PetitionException(NLS.bind(Messages.Refused_mergeTarget, new Object[] { intoId, name(target.getStatus()),
                        target.getMergedInto() == null ? "" : " " + NLS.bind(Messages.Refused_mergeTargetHint, target.getMergedInto()) }));
            }
            p.setMergedInto(intoId);
            p.setReason(detail);
        });
    }

    @Override
    public PetitionSummary reopen(long id, long version, String reason) {
        String why = required(reason, Messages.Field_reason, 2000);
        Deadlines deadlines = deadlines();
        return step(id, version, PetitionAction.REOPENED, EnumSet.of(PetitionStatus.CLOSED), PetitionStatus.IN_PROGRESS, why, p -> {
            p.setReason(why);
            p.setClosed(null, null, null);
            p.setDueOn(LocalDate.now().plusDays(deadlines.daysFor(Urgency.parse(p.getUrgency()).orElse(Urgency.NORMAL))));
        });
    }

    private PetitionSummary step(long id, long version, PetitionAction action, Set<PetitionStatus> allowed, PetitionStatus to, String detail,
            Consumer<Petition> change) {
        Deadlines deadlines = deadlines();
        Map<String, String> names = unitNames();
        return persistence.transaction(em -> {
            Petition p = em.find(Petition.class, id);
            if (p == null) {
                throw new PetitionException(NLS.bind(Messages.Refused_notFound, id));
            }
            if (version != CURRENT && p.getVersion() != version) {
                throw new ConcurrentChangeException("Petition", id, null);
            }
            if (!allowed.contains(p.getStatus())) {
                String may = allowed.stream().map(PetitionServiceImpl::name).collect(Collectors.joining(Messages.Refused_or));
                throw new PetitionException(NLS.bind(Messages.Refused_transition,
                        new Object[] { id, name(p.getStatus()), name(action), may }));
            }
            PetitionStatus from = p.getStatus();
            Integer fromSatisfaction = p.getSatisfaction();
            change.accept(p);
            p.setStatus(to);
            OrgUnit unit = units.find(p.getUnitCode()).orElseThrow(() -> new PetitionException(NLS.bind(Messages.Refused_unit, p.getUnitCode())));
            tally(em, unit, from, fromSatisfaction, to, p.getSatisfaction());
            recordStep(em, p, unit, action, from, detail);
            em.flush();
            return summary(p, names, deadlines);
        });
    }

    /** What {@link #register} looks up, per transaction (keyed by its EntityManager). */
    private final Map<EntityManager, Lookups> lookups = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private record Lookups(List<String> categories, Deadlines deadlines, Map<String, OrgUnit> units) {
        Lookups(List<String> categories, Deadlines deadlines) {
            this(categories, deadlines, new HashMap<>());
        }
    }

    /** Tallies touched by the running transaction (keyed by its EntityManager), locked and managed. */
    private final Map<EntityManager, Map<String, PetitionTally>> tallies = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * Moves one petition of {@code unit} from one status to another in {@link PetitionTally} (from null:
     * a new one), in the caller's transaction. The rows are locked (pessimistic write) in the order of
     * the statuses, so two steps never wait for each other in a circle; within one transaction (an
     * import) each row is read and locked once and written once, at the commit.
     */
    private void tally(EntityManager em, OrgUnit unit, PetitionStatus from, Integer fromSatisfaction, PetitionStatus to, Integer toSatisfaction) {
        if (from == to && java.util.Objects.equals(fromSatisfaction, toSatisfaction)) {
            return;
        }
        List<PetitionStatus> touched = new ArrayList<>();
        if (from != null) {
            touched.add(from);
        }
        if (!touched.contains(to)) {
            touched.add(to);
        }
        touched.sort(null);
        Map<String, PetitionTally> mine = tallies.computeIfAbsent(em, k -> new HashMap<>());
        for (PetitionStatus status : touched) {
            String id = PetitionTally.id(unit.code(), status);
            PetitionTally t = mine.get(id);
            if (t == null) {
                t = em.find(PetitionTally.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
                if (t == null) {
                    t = new PetitionTally(unit.code(), status);
                    t.setUnit(unit);
                    em.persist(t);
                }
                mine.put(id, t);
            }
            if (status == from) {
                t.add(-1, from == PetitionStatus.CLOSED ? fromSatisfaction : null);
            }
            if (status == to) {
                t.add(1, to == PetitionStatus.CLOSED ? toSatisfaction : null);
            }
        }
    }

    private void record(EntityManager em, Petition p, OrgUnit unit, PetitionAction action, PetitionStatus from, String detail) {
        recordStep(em, p, unit, action, from, detail);
    }

    private void recordStep(EntityManager em, Petition p, OrgUnit unit, PetitionAction action, PetitionStatus from, String detail) {
        UserAccount user = security.currentUser().orElse(null);
        PetitionEvent event = new PetitionEvent(p.getId(), action, from, p.getStatus(), detail, who(),
                user == null ? Messages.System_name : user.displayName(), now());
        event.setUnit(unit);
        em.persist(event);
    }

    /** @return kind, code, display name of a unit (code or name) or a user (sign-in name) */
    private String[] resolveAssignee(String to) {
        Optional<OrgUnit> unit = units.findByCodeOrName(to);
        if (unit.isPresent()) {
            return new String[] { "UNIT", unit.get().code(), unit.get().name() };
        }
        Optional<UserAccount> user = security.find(to);
        if (user.isPresent()) {
            return new String[] { "USER", user.get().username(), user.get().displayName() };
        }
        throw new PetitionException(NLS.bind(Messages.Refused_assignee, to));
    }

    // ---------------------------------------------------------------- attachments

    @Override
    public long attach(long petitionId, String fileName, String mediaType, byte[] content) {
        String name = required(fileName, Messages.Field_fileName, 255);
        if (content == null || content.length == 0) {
            throw new PetitionException(NLS.bind(Messages.Refused_emptyAttachment, name));
        }
        long limit = attachmentLimit();
        if (content.length > limit) {
            throw new PetitionException(NLS.bind(Messages.Refused_attachmentSize,
                    new Object[] { name, (content.length + 1023) / 1024, megabytes(limit) }));
        }
        return persistence.transaction(em -> {
            Petition p = em.find(Petition.class, petitionId);
            if (p == null) {
                throw new PetitionException(NLS.bind(Messages.Refused_notFound, petitionId));
            }
            OrgUnit unit = unit(p.getUnitCode());
            PetitionAttachment a = new PetitionAttachment(petitionId, name,
                    mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType, content, who(), now());
            a.setUnit(unit);
            em.persist(a);
            em.flush();
            recordStep(em, p, unit, PetitionAction.ATTACHED, p.getStatus(), name);
            return a.getId();
        });
    }

    @Override
    public byte[] attachmentContent(long attachmentId) {
        return persistence.read(em -> {
            PetitionAttachment a = em.find(PetitionAttachment.class, attachmentId);
            if (a == null) {
                throw new PetitionException(NLS.bind(Messages.Refused_noAttachment, attachmentId));
            }
            return a.getContent();
        });
    }

    @Override
    public void removeAttachment(long attachmentId) {
        persistence.transaction(em -> {
            PetitionAttachment a = em.find(PetitionAttachment.class, attachmentId);
            if (a == null) {
                throw new PetitionException(NLS.bind(Messages.Refused_noAttachment, attachmentId));
            }
            Petition p = em.find(Petition.class, a.getPetitionId());
            OrgUnit unit = unit(p.getUnitCode());
            em.remove(a);
            recordStep(em, p, unit, PetitionAction.DETACHED, p.getStatus(), a.getFileName());
            return null;
        });
    }

    @Override
    public long attachmentLimit() {
        return persistence.read(em -> {
            PetitionSettings s = em.find(PetitionSettings.class, 1L);
            return s == null ? MAX_ATTACHMENT_BYTES : s.getMaxAttachmentKb() * 1024L;
        });
    }

    @Override
    public void setAttachmentLimit(long bytes) {
        requireAdmin();
        if (bytes < 100 * 1024 || bytes > ATTACHMENT_LIMIT_CEILING) {
            throw new PetitionException(NLS.bind(Messages.Refused_attachmentLimit, megabytes(bytes), megabytes(ATTACHMENT_LIMIT_CEILING)));
        }
        persistence.transaction(em -> {
            em.find(PetitionSettings.class, 1L).setMaxAttachmentKb((int) (bytes / 1024));
            return null;
        });
    }

    /** @return bytes as MB for messages: 5, 0.5, 12.3 */
    static String megabytes(long bytes) {
        double mb = bytes / 1024.0 / 1024.0;
        return mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
    }

    // ---------------------------------------------------------------- mailbox openings

    @Override
    public long recordOpening(String communityCode, LocalDate openedOn, String openedBy, String witness, String note) {
        String by = required(openedBy, Messages.Field_openedBy, 100);
        String w = required(witness, Messages.Field_witness, 100);
        if (by.equals(w)) {
            throw new PetitionException(Messages.Refused_witnessSame);
        }
        if (openedOn == null || openedOn.isAfter(LocalDate.now())) {
            throw new PetitionException(NLS.bind(Messages.Refused_openingDate, openedOn));
        }
        OrgUnit unit = unit(communityCode);
        if (unit.level() != OrgLevel.COMMUNITY) {
            throw new PetitionException(NLS.bind(Messages.Refused_notCommunity, unit.name()));
        }
        String n = optional(note, Messages.Field_note, 1000);
        return persistence.transaction(em -> {
            MailboxOpeningRecord o = new MailboxOpeningRecord(openedOn, by, w, n, who(), now());
            o.setUnit(unit);
            em.persist(o);
            em.flush();
            return o.getId();
        });
    }

    @Override
    public List<MailboxOpening> openings(int limit) {
        Map<String, String> names = unitNames();
        return persistence.read(em -> {
            TypedQuery<MailboxOpeningRecord> q = em.createQuery("select o from MailboxOpening o order by o.openedOn desc, o.id desc",
                    MailboxOpeningRecord.class);
            if (limit > 0) {
                q.setMaxResults(limit);
            }
            List<MailboxOpeningRecord> list = q.getResultList();
            Map<Long, Long> items = new HashMap<>();
            if (!list.isEmpty()) {
                for (Object[] row : em.createQuery("select p.openingId, count(p) from Petition p where p.openingId in :ids group by p.openingId",
                        Object[].class).setParameter("ids", list.stream().map(MailboxOpeningRecord::getId).toList()).getResultList()) {
                    items.put((Long) row[0], ((Number) row[1]).longValue());
                }
            }
            return list.stream().map(o -> new MailboxOpening(o.getId(), o.getUnitCode(), names.getOrDefault(o.getUnitCode(), o.getUnitCode()),
                    o.getOpenedOn(), o.getOpenedBy(), o.getWitness(), items.getOrDefault(o.getId(), 0L), nz(o.getNote()))).toList();
        });
    }

    @Override
    public Map<String, String> mailboxesNotOpened(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = monday.plusDays(6);
        DataScope scope = security.currentScope();
        Set<String> opened = new HashSet<>(persistence.read(em -> em.createQuery(
                "select distinct o.unitCode from MailboxOpening o where o.openedOn between :from and :to", String.class)
                .setParameter("from", monday).setParameter("to", sunday).getResultList()));
        Map<String, String> result = new LinkedHashMap<>();
        for (OrgUnit unit : units.list()) {
            if (unit.level() == OrgLevel.COMMUNITY && scope.covers(unit.path()) && !opened.contains(unit.code())) {
                result.put(unit.code(), unit.name());
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- settings

    @Override
    public List<String> categories() {
        return persistence.read(em -> em.createQuery("select c.name from PetitionCategory c order by c.position, c.name", String.class)
                .getResultList());
    }

    @Override
    public void addCategory(String name) {
        requireAdmin();
        String n = required(name, Messages.Field_category, 50);
        persistence.transaction(em -> {
            List<PetitionCategory> all = em.createQuery("select c from PetitionCategory c", PetitionCategory.class).getResultList();
            if (all.stream().anyMatch(c -> c.getName().equals(n))) {
                throw new PetitionException(NLS.bind(Messages.Refused_categoryExists, n));
            }
            em.persist(new PetitionCategory(n, all.stream().mapToInt(PetitionCategory::getPosition).max().orElse(0) + 10));
            return null;
        });
    }

    @Override
    public void removeCategory(String name) {
        requireAdmin();
        persistence.transaction(em -> {
            List<PetitionCategory> found = em.createQuery("select c from PetitionCategory c where c.name = :n", PetitionCategory.class)
                    .setParameter("n", name == null ? "" : name.strip()).getResultList();
            if (found.isEmpty()) {
                throw new PetitionException(NLS.bind(Messages.Refused_category, name, String.join("、", categories())));
            }
            em.remove(found.get(0));
            return null;
        });
    }

    @Override
    public Deadlines deadlines() {
        return persistence.read(em -> {
            PetitionSettings s = em.find(PetitionSettings.class, 1L);
            return s == null ? Deadlines.DEFAULT : new Deadlines(s.getNormalDays(), s.getUrgentDays(), s.getDueSoonDays());
        });
    }

    @Override
    public void setDeadlines(Deadlines d) {
        requireAdmin();
        if (d.normalDays() < 1 || d.normalDays() > 365 || d.urgentDays() < 1 || d.urgentDays() > 365 || d.dueSoonDays() < 0
                || d.dueSoonDays() > 30) {
            throw new PetitionException(NLS.bind(Messages.Refused_deadlines, new Object[] { d.normalDays(), d.urgentDays(), d.dueSoonDays() }));
        }
        persistence.transaction(em -> {
            em.find(PetitionSettings.class, 1L).set(d.normalDays(), d.urgentDays(), d.dueSoonDays());
            return null;
        });
    }

    // ---------------------------------------------------------------- privacy

    @Override
    public boolean isHandler(String unitCode) {
        if (security.currentUser().isEmpty()) {
            return false;
        }
        return security.isPermitted(HANDLE_PERMISSION, unitCode);
    }

    /** Records that unmasked personal data left the database in an export or a printed form. */
    public void recordView(PersonalDataView.Purpose purpose, Long petitionId, String unitCode, long records) {
        persistence.transaction(em -> {
            em.persist(new PersonalDataView(petitionId, unitCode, purpose, records, who(), now()));
            return null;
        });
    }

    // ---------------------------------------------------------------- helpers

    private void requireAdmin() {
        if (security.currentUser().isPresent() && !security.currentUserHas(Role.DISTRICT_ADMIN)) {
            throw new AccessDeniedException(NLS.bind(Messages.Refused_adminOnly, security.currentUser().get().username()));
        }
    }

    private OrgUnit unit(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            throw new PetitionException(NLS.bind(Messages.Refused_required, Messages.Field_community));
        }
        OrgUnit unit = units.findByCodeOrName(codeOrName.strip())
                .orElseThrow(() -> new PetitionException(NLS.bind(Messages.Refused_unit, codeOrName)));
        if (!security.currentScope().covers(unit.path())) {
            throw new PetitionException(NLS.bind(Messages.Refused_unit, codeOrName));
        }
        return unit;
    }

    Map<String, String> unitNames() {
        return units.list().stream().collect(Collectors.toMap(OrgUnit::code, OrgUnit::name, (a, b) -> a));
    }

    private String who() {
        return security.currentUser().map(UserAccount::username).orElse("system");
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    static String name(org.jiedao.core.text.BilingualKey key) {
        return key.displayName(Locale.getDefault());
    }

    private static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new PetitionException(NLS.bind(Messages.Refused_required, field));
        }
        return checkLength(value.strip(), field, max);
    }

    private static String optional(String value, String field, int max) {
        return value == null || value.isBlank() ? null : checkLength(value.strip(), field, max);
    }

    private static String checkLength(String value, String field, int max) {
        if (value.length() > max) {
            throw new PetitionException(NLS.bind(Messages.Refused_tooLong, new Object[] { field, max, value.length() }));
        }
        return value;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static List<String> keys(Object[] values) {
        return Arrays.stream(values).map(String::valueOf).collect(Collectors.toCollection(ArrayList::new));
    }
}
