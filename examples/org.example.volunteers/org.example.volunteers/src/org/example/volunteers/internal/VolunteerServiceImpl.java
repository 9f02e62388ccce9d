package org.example.volunteers.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.example.volunteers.EventSummary;
import org.example.volunteers.VolunteerException;
import org.example.volunteers.VolunteerHours;
import org.example.volunteers.VolunteerService;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The volunteers service on the shared database; the platform scopes every query to the user's units. */
@Component(service = VolunteerService.class)
public final class VolunteerServiceImpl implements VolunteerService {

    @Reference
    private PersistenceService persistence;

    @Reference
    private OrgUnitService units;

    @Override
    public List<VolunteerHours> hours(YearMonth month, Optional<String> unitCode) {
        String path = path(unitCode);
        Map<String, String> names = unitNames();
        List<Object[]> rows = persistence.read(em -> em.createQuery(
                "select v.name, v.organisation, h.unitCode, count(h), sum(h.hours) from VolunteerServiceHours h join h.volunteer v"
                        + " where h.event.heldOn between :from and :to and h.unitPath like :path"
                        + " group by v.id, v.name, v.organisation, h.unitCode order by sum(h.hours) desc, v.name",
                Object[].class)
                .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth()).setParameter("path", path + "%")
                .getResultList());
        List<VolunteerHours> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String code = (String) r[2];
            result.add(new VolunteerHours((String) r[0], (String) r[1], code, names.getOrDefault(code, code), ((Number) r[3]).intValue(),
                    (BigDecimal) r[4]));
        }
        return result;
    }

    @Override
    public List<EventSummary> events(Optional<YearMonth> month, Optional<String> unitCode) {
        String path = path(unitCode);
        Map<String, String> names = unitNames();
        LocalDate from = month.map(m -> m.atDay(1)).orElse(LocalDate.of(1900, 1, 1));
        LocalDate to = month.map(YearMonth::atEndOfMonth).orElse(LocalDate.of(9999, 12, 31));
        return persistence.read(em -> {
            List<CommunityEvent> events = em.createQuery("select e from VolunteerEvent e"
                    + " where e.heldOn between :from and :to and e.unitPath like :path order by e.heldOn desc, e.id desc", CommunityEvent.class)
                    .setParameter("from", from).setParameter("to", to).setParameter("path", path + "%").getResultList();
            Map<Long, Object[]> served = new HashMap<>();
            em.createQuery("select h.event.id, count(h), sum(h.hours) from VolunteerServiceHours h"
                    + " where h.event.heldOn between :from and :to and h.unitPath like :path group by h.event.id", Object[].class)
                    .setParameter("from", from).setParameter("to", to).setParameter("path", path + "%").getResultList()
                    .forEach(r -> served.put(((Number) r[0]).longValue(), r));
            List<EventSummary> result = new ArrayList<>(events.size());
            for (CommunityEvent e : events) {
                Object[] s = served.get(e.getId());
                result.add(new EventSummary(e.getId(), e.getHeldOn(), e.getTitle(), e.getPlace(), e.getUnitCode(),
                        names.getOrDefault(e.getUnitCode(), e.getUnitCode()), s == null ? 0 : ((Number) s[1]).intValue(),
                        s == null ? BigDecimal.ZERO : (BigDecimal) s[2]));
            }
            return result;
        });
    }

    private String path(Optional<String> unitCode) {
        if (unitCode.isEmpty()) {
            return "/";
        }
        OrgUnit unit = units.findByCodeOrName(unitCode.get())
                .orElseThrow(() -> new VolunteerException(NLS.bind(Messages.Refused_unit, unitCode.get())));
        return unit.path();
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        units.list().forEach(u -> names.put(u.code(), u.name()));
        return names;
    }
}
