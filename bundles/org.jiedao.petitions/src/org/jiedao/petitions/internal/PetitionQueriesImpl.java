package org.jiedao.petitions.internal;

import static org.jiedao.petitions.internal.PetitionSupport.*;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.petitions.AttachmentInfo;
import org.jiedao.petitions.Deadlines;
import org.jiedao.petitions.HistoryEntry;
import org.jiedao.petitions.PetitionDetails;
import org.jiedao.petitions.PetitionQueries;
import org.jiedao.petitions.PetitionQuery;
import org.jiedao.petitions.PetitionStatus;
import org.jiedao.petitions.PetitionSummary;
import org.jiedao.petitions.Privacy;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reading petitions: pages of lists, counts (from the kept tallies where they answer), one petition with its history. */
@Component(service = PetitionQueries.class)
public final class PetitionQueriesImpl implements PetitionQueries {

    @Reference
    PersistenceService persistence;
    @Reference
    OrgUnitService units;
    @Reference
    PetitionSupport support;

    @Override
    public List<PetitionSummary> list(PetitionQuery query) {
        Deadlines deadlines = support.deadlines();
        Map<String, String> names = support.unitNames();
        if (nothingOverdue(query)) {
            return List.of();
        }
        return persistence.read(em -> {
            if (query.limit() <= 0 || (query.unitCode() != null && units.subtree(query.unitCode()).size() <= 1)) {
                // everything, or one community: its index (UNIT_CODE[, STATUS], newest first) already gives the order
                return page(em, query, null).stream().map(p -> support.summary(p, names, deadlines)).toList();
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
                return rows.stream().map(p -> support.summary(p, names, deadlines)).toList();
            }
            return page(em, query, null).stream().map(p -> support.summary(p, names, deadlines)).toList();
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
                    unitCondition(jpql, parameters, "t", support.unit(query.unitCode()));
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
        Map<PetitionStatus, Long> counts = new EnumMap<>(PetitionStatus.class);
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
        Deadlines deadlines = support.deadlines();
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
            unitCondition(where, parameters, "p", support.unit(query.unitCode()), query.overdue());
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
        Deadlines deadlines = support.deadlines();
        Map<String, String> names = support.unitNames();
        return persistence.read(em -> Optional.ofNullable(em.find(Petition.class, id)).map(p -> support.summary(p, names, deadlines)));
    }

    @Override
    public Optional<PetitionDetails> find(long id) {
        Deadlines deadlines = support.deadlines();
        Map<String, String> names = support.unitNames();
        return persistence.transaction(em -> {
            Petition p = em.find(Petition.class, id);
            if (p == null) {
                return Optional.<PetitionDetails>empty();
            }
            boolean handler = support.isHandler(p.getUnitCode());
            boolean personal = notBlank(p.getPetitioner()) || notBlank(p.getPhone());
            if (handler && personal) {
                support.recordRead(p.getId(), p.getUnitCode(), PersonalDataLog.Purpose.SHOW, 1);
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
        return new PetitionDetails(support.summary(p, names, deadlines), handler ? nz(p.getPetitioner()) : Privacy.maskName(p.getPetitioner()),
                handler ? nz(p.getPhone()) : Privacy.maskPhone(p.getPhone()), handler, nz(p.getReply()), p.getRepliedOn(),
                p.getSatisfaction(), nz(p.getFollowUp()), nz(p.getReason()), p.getMergedInto(), p.getOpeningId(), history, attachments);
    }
}
