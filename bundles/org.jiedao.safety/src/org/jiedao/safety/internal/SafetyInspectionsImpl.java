package org.jiedao.safety.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.safety.CheckResult;
import org.jiedao.safety.Deadlines;
import org.jiedao.safety.Finding;
import org.jiedao.safety.Inspection;
import org.jiedao.safety.ItemAnswer;
import org.jiedao.safety.ItemPhoto;
import org.jiedao.safety.OrderStatus;
import org.jiedao.safety.PhotoInfo;
import org.jiedao.safety.PremisesCategory;
import org.jiedao.safety.RectificationOrder;
import org.jiedao.safety.RegisterLine;
import org.jiedao.safety.SafetyInspections;
import org.jiedao.safety.Severity;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link SafetyInspections} on the platform's persistence (scoping is the platform's). */
@Component(service = SafetyInspections.class)
public final class SafetyInspectionsImpl implements SafetyInspections {

    @Reference
    SafetySupport support;

    @Override
    public Inspection inspect(String premisesCode, LocalDate on, String inspector, int templateVersion, List<ItemAnswer> answers, String note) {
        return inspect(premisesCode, on, inspector, templateVersion, answers, note, List.of());
    }

    @Override
    public Inspection inspect(String premisesCode, LocalDate on, String inspector, int templateVersion, List<ItemAnswer> answers, String note,
            List<ItemPhoto> photos) {
        return support.persistence.transaction(em -> {
            SafetyPremisesEntity p = PremisesWrites.require(em, premisesCode);
            SafetyInspectionEntity i = InspectionWrites.inspect(em, p, on, inspector, templateVersion, answers, note);
            if (!photos.isEmpty()) {
                long max = maxPhotoBytes(em);
                Map<Integer, SafetyFindingEntity> findings = new HashMap<>();
                em.createQuery("select f from SafetyFinding f where f.inspectionId = :i", SafetyFindingEntity.class).setParameter("i", i.getId())
                        .getResultList().forEach(f -> findings.put(f.itemNo, f));
                for (ItemPhoto photo : photos) {
                    SafetyFindingEntity f = findings.get(photo.item());
                    if (f == null) {
                        throw Refuse.because(Messages.Refused_photoNoItem, photo.fileName(), photo.item());
                    }
                    storePhoto(em, f, photo.fileName(), photo.content(), max);
                }
                em.flush();
            }
            return view(em, i);
        });
    }

    @Override
    public String checkPhoto(String fileName, byte[] content) {
        return Photos.check(fileName, content, support.persistence.read(SafetyInspectionsImpl::maxPhotoBytes));
    }

    static long maxPhotoBytes(EntityManager em) {
        SafetySettingsRow s = em.find(SafetySettingsRow.class, 1L);
        return (s == null ? Photos.DEFAULT_MAX_KB : s.maxPhotoKb) * 1024L;
    }

    static SafetyPhotoEntity storePhoto(EntityManager em, SafetyFindingEntity f, String fileName, byte[] content, long max) {
        String type = Photos.check(fileName, content, max);
        SafetyPhotoEntity p = new SafetyPhotoEntity();
        p.findingId = f.getId();
        p.fileName = Refuse.length(fileName.strip(), 200, Messages.Field_fileName);
        p.mediaType = type;
        p.size = content.length;
        p.content = content.clone();
        p.setUnitOf(f);
        em.persist(p);
        return p;
    }

    @Override
    public Optional<Inspection> inspection(long id) {
        return support.persistence.read(em -> Optional.ofNullable(em.find(SafetyInspectionEntity.class, id)).map(i -> view(em, i)));
    }

    @Override
    public List<Inspection> inspections(String premisesCode) {
        return support.persistence.read(em -> {
            SafetyPremisesEntity p = PremisesWrites.require(em, premisesCode);
            return em.createQuery("select i from SafetyInspection i where i.premisesId = :p order by i.inspectedOn desc, i.id desc",
                    SafetyInspectionEntity.class).setParameter("p", p.getId()).getResultList().stream().map(i -> view(em, i)).toList();
        });
    }

    static Inspection view(EntityManager em, SafetyInspectionEntity i) {
        SafetyPremisesEntity p = em.find(SafetyPremisesEntity.class, i.premisesId);
        SafetyTemplateEntity t = i.templateId == null ? null : em.find(SafetyTemplateEntity.class, i.templateId);
        Map<Long, SafetyTemplateItemEntity> items = new HashMap<>();
        if (t != null) {
            TemplateWrites.items(em, t.getId()).forEach(item -> items.put(item.getId(), item));
        }
        List<Finding> findings = new ArrayList<>();
        for (SafetyFindingEntity f : em.createQuery("select f from SafetyFinding f where f.inspectionId = :i order by f.itemNo",
                SafetyFindingEntity.class).setParameter("i", i.getId()).getResultList()) {
            SafetyTemplateItemEntity item = items.get(f.itemId);
            long photos = em.createQuery("select count(p) from SafetyPhoto p where p.findingId = :f", Long.class).setParameter("f", f.getId())
                    .getSingleResult();
            findings.add(new Finding(f.getId(), f.itemNo, item == null ? "" : item.text, item != null && item.sample,
                    CheckResult.parse(f.result).get(), f.severity == null ? null : Severity.parse(f.severity).get(), f.note, (int) photos));
        }
        SafetyOrderEntity reinspected = i.orderId == null ? null : em.find(SafetyOrderEntity.class, i.orderId);
        List<String> issued = em.createQuery("select o.code from SafetyOrder o where o.inspectionId = :i", String.class)
                .setParameter("i", i.getId()).getResultList();
        return new Inspection(i.getId(), p.code, i.inspectedOn, i.inspector, PremisesCategory.parse(p.category).get(),
                t == null ? 0 : t.templateVersion, reinspected == null ? null : reinspected.code, issued.isEmpty() ? null : issued.get(0), i.note,
                findings);
    }

    @Override
    public PhotoInfo addPhoto(long findingId, String fileName, byte[] content) {
        return support.persistence.transaction(em -> {
            SafetyFindingEntity f = em.find(SafetyFindingEntity.class, findingId);
            if (f == null) {
                throw Refuse.because(Messages.Refused_noFinding, findingId);
            }
            SafetyPhotoEntity p = storePhoto(em, f, fileName, content, maxPhotoBytes(em));
            em.flush();
            return new PhotoInfo(p.getId(), findingId, p.fileName, p.mediaType, p.size);
        });
    }

    @Override
    public List<PhotoInfo> photos(long findingId) {
        return support.persistence.read(em -> em
                .createQuery("select p.id, p.fileName, p.mediaType, p.size from SafetyPhoto p where p.findingId = :f order by p.id", Object[].class)
                .setParameter("f", findingId).getResultList().stream()
                .map(r -> new PhotoInfo((Long) r[0], findingId, (String) r[1], (String) r[2], (Long) r[3])).toList());
    }

    @Override
    public byte[] photo(long photoId) {
        return support.persistence.read(em -> {
            SafetyPhotoEntity p = em.find(SafetyPhotoEntity.class, photoId);
            if (p == null) {
                throw Refuse.because(Messages.Refused_noPhoto, photoId);
            }
            return p.content.clone();
        });
    }

    @Override
    public List<RectificationOrder> orders(boolean overdueOnly, String unit) {
        return orders(overdueOnly, false, unit);
    }

    @Override
    public List<RectificationOrder> orders(boolean overdueOnly, boolean openOnly, String unit) {
        OrgUnit u = unit == null || unit.isBlank() ? null : support.unit(unit);
        Map<String, String> names = support.unitNames();
        LocalDate today = LocalDate.now();
        return support.persistence.read(em -> {
            // plain values (no entity built) from the orders' table alone (its indexes; the premises' code and name are copied
            // onto the order): the district's overdue orders are thousands
            String jpql = "select o.id, o.code, o.unitCode, o.severity, o.issuedOn, o.deadline, o.status, o.previousCode, o.closedOn, o.note,"
                    + " o.premisesCode, o.premisesName, o.nextCode from SafetyOrder o where 1 = 1" + (u == null ? "" : " and o.unitPath like :path")
                    + (overdueOnly ? " and o.status = :open and o.deadline < :today" : openOnly ? " and o.status = :open" : "");
            TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
            if (u != null) {
                q.setParameter("path", u.path() + "%");
            }
            if (overdueOnly) {
                q.setParameter("open", OrderStatus.OPEN.key()).setParameter("today", today);
            } else if (openOnly) {
                q.setParameter("open", OrderStatus.OPEN.key());
            }
            List<Object[]> rows = q.getResultList();
            List<RectificationOrder> list = new ArrayList<>(rows.size());
            for (Object[] r : rows) {
                Long id = (Long) r[0];
                String unitCode = (String) r[2];
                list.add(new RectificationOrder(id, (String) r[1], (String) r[10], (String) r[11], unitCode, names.getOrDefault(unitCode, unitCode),
                        Severity.parse((String) r[3]).get(), (LocalDate) r[4], (LocalDate) r[5], OrderStatus.parse((String) r[6]).get(),
                        (String) r[7], (String) r[12], (LocalDate) r[8], (String) r[9]));
            }
            List<RectificationOrder> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing((RectificationOrder o) -> !o.overdueOn(today)).thenComparing(o -> !o.status().isOpen())
                    .thenComparing(RectificationOrder::deadline).thenComparing(RectificationOrder::code));
            return sorted;
        });
    }

    /** The three parts of the orders' list, in its order: overdue, open within the deadline, the rest. */
    private static final String[] SEGMENTS = { " and o.status = :open and o.deadline < :today", " and o.status = :open and o.deadline >= :today",
            " and o.status <> :open" };

    private static List<String> segments(boolean overdueOnly, boolean openOnly) {
        return overdueOnly ? List.of(SEGMENTS[0]) : openOnly ? List.of(SEGMENTS[0], SEGMENTS[1]) : List.of(SEGMENTS);
    }

    private static <T> TypedQuery<T> segment(EntityManager em, String select, String segment, OrgUnit u, String text, boolean ordered, Class<T> type) {
        String q = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        TypedQuery<T> query = em.createQuery(select + " from SafetyOrder o where 1 = 1" + segment + (u == null ? "" : " and o.unitPath like :path")
                + (q.isEmpty() ? "" : " and (lower(o.code) like :q or lower(o.premisesCode) like :q or lower(o.premisesName) like :q)")
                + (ordered ? " order by o.deadline, o.code" : ""), type);
        query.setParameter("open", OrderStatus.OPEN.key());
        if (segment.contains(":today")) {
            query.setParameter("today", LocalDate.now());
        }
        if (u != null) {
            query.setParameter("path", u.path() + "%");
        }
        if (!q.isEmpty()) {
            query.setParameter("q", "%" + q + "%");
        }
        return query;
    }

    @Override
    public int countOrders(boolean overdueOnly, boolean openOnly, String unit, String text) {
        OrgUnit u = unit == null || unit.isBlank() ? null : support.unit(unit);
        return support.persistence.read(em -> {
            long n = 0;
            for (String s : segments(overdueOnly, openOnly)) {
                n += segment(em, "select count(o)", s, u, text, false, Long.class).getSingleResult();
            }
            return (int) n;
        });
    }

    @Override
    public List<RectificationOrder> orders(boolean overdueOnly, boolean openOnly, String unit, String text, int offset, int limit) {
        OrgUnit u = unit == null || unit.isBlank() ? null : support.unit(unit);
        Map<String, String> names = support.unitNames();
        return support.persistence.read(em -> {
            List<SafetyOrderEntity> page = new ArrayList<>();
            int skip = Math.max(0, offset);
            for (String s : segments(overdueOnly, openOnly)) {
                if (page.size() >= limit) {
                    break;
                }
                long inSegment = segment(em, "select count(o)", s, u, text, false, Long.class).getSingleResult();
                if (skip >= inSegment) {
                    skip -= (int) inSegment;
                    continue;
                }
                TypedQuery<SafetyOrderEntity> q = segment(em, "select o", s, u, text, true, SafetyOrderEntity.class);
                q.setFirstResult(skip);
                q.setMaxResults(limit - page.size());
                page.addAll(q.getResultList());
                skip = 0;
            }
            return views(em, page, names);
        });
    }

    @Override
    public Optional<RectificationOrder> order(String code) {
        Map<String, String> names = support.unitNames();
        return support.persistence.read(em -> {
            SafetyOrderEntity o = InspectionWrites.order(em, code);
            return o == null ? Optional.empty() : Optional.of(views(em, List.of(o), names).get(0));
        });
    }

    /** The orders as records (the premises' code and name are the order's copies). */
    static List<RectificationOrder> views(EntityManager em, List<SafetyOrderEntity> orders, Map<String, String> names) {
        Map<Long, String[]> premises = new HashMap<>();
        for (SafetyOrderEntity o : orders) {
            premises.putIfAbsent(o.premisesId, new String[] { o.premisesCode, o.premisesName });
        }
        return views(em, orders, premises, names);
    }

    /** The orders as records with their premises' code and name given; the previous and following orders' codes are the order's copies. */
    static List<RectificationOrder> views(EntityManager em, List<SafetyOrderEntity> orders, Map<Long, String[]> premises, Map<String, String> names) {
        List<RectificationOrder> out = new ArrayList<>(orders.size());
        for (SafetyOrderEntity o : orders) {
            String[] p = premises.getOrDefault(o.premisesId, new String[] { "", "" });
            out.add(new RectificationOrder(o.getId(), o.code, p[0], p[1], o.getUnitCode(), names.getOrDefault(o.getUnitCode(), o.getUnitCode()),
                    Severity.parse(o.severity).get(), o.issuedOn, o.deadline, OrderStatus.parse(o.status).get(), o.previousCode, o.nextCode, o.closedOn,
                    o.note));
        }
        return out;
    }

    @Override
    public Optional<RectificationOrder> reinspect(String orderCode, boolean passed, LocalDate on, String inspector, String note) {
        Map<String, String> names = support.unitNames();
        String who = inspector == null || inspector.isBlank() ? support.userName() : inspector;
        return support.persistence.transaction(em -> {
            SafetyOrderEntity next = InspectionWrites.reinspect(em, orderCode, passed, on, who, note);
            return next == null ? Optional.empty() : Optional.of(views(em, List.of(next), names).get(0));
        });
    }

    @Override
    public List<RegisterLine> register(String community, LocalDate from, LocalDate to) {
        OrgUnit c = support.unit(community);
        if (c.level() != OrgLevel.COMMUNITY) {
            throw Refuse.because(Messages.Refused_notCommunity, c.name());
        }
        LocalDate end = to == null ? LocalDate.now() : to;
        if (from != null && from.isAfter(end)) {
            throw Refuse.because(Messages.Refused_period, from, end);
        }
        Map<String, String> names = support.unitNames();
        return support.persistence.read(em -> {
            List<Object[]> orders = em.createQuery("select o.unitCode, o.status, o.deadline, o.closedOn from SafetyOrder o"
                    + " where o.unitPath like :path and o.issuedOn <= :end", Object[].class).setParameter("path", c.path() + "%").setParameter("end", end)
                    .getResultList();
            Map<String, long[]> lines = new LinkedHashMap<>();
            lines.put(c.code(), new long[3]);
            for (Object[] o : orders) {
                long[] line = lines.computeIfAbsent((String) o[0], k -> new long[3]);
                LocalDate deadline = (LocalDate) o[2];
                LocalDate closedOn = (LocalDate) o[3];
                boolean openAtEnd = closedOn == null || closedOn.isAfter(end);
                if (openAtEnd) {
                    line[0]++;
                    if (deadline.isBefore(end)) {
                        line[1]++;
                    }
                } else if (OrderStatus.CLOSED.key().equals(o[1]) && (from == null || !closedOn.isBefore(from))) {
                    line[2]++;
                }
            }
            List<RegisterLine> out = new ArrayList<>();
            lines.forEach((code, l) -> out.add(new RegisterLine(code, names.getOrDefault(code, code), l[0], l[1], l[2])));
            return out;
        });
    }

    @Override
    public Deadlines deadlines() {
        return support.persistence.read(InspectionWrites::deadlines);
    }

    @Override
    public void setDeadlines(Deadlines deadlines) {
        support.requireStreetOfficer();
        support.persistence.transaction(em -> {
            SafetySettingsRow s = em.find(SafetySettingsRow.class, 1L);
            if (s == null) {
                s = new SafetySettingsRow();
                s.maxPhotoKb = Photos.DEFAULT_MAX_KB;
                s.generalDays = deadlines.generalDays();
                s.majorDays = deadlines.majorDays();
                em.persist(s);
            } else {
                s.generalDays = deadlines.generalDays();
                s.majorDays = deadlines.majorDays();
            }
            return null;
        });
    }
}
