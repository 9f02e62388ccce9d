package org.jiedao.petitions.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitException;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.jiedao.petitions.Deadlines;
import org.jiedao.petitions.PetitionAction;
import org.jiedao.petitions.PetitionAttachments;
import org.jiedao.petitions.PetitionException;
import org.jiedao.petitions.PetitionPrivacy;
import org.jiedao.petitions.PetitionStatus;
import org.jiedao.petitions.PetitionSummary;
import org.jiedao.petitions.Privacy;
import org.jiedao.petitions.Urgency;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the petitions services share (an internal service of this bundle): the unit and user at
 * hand, the settings every section reads, the list form of a petition, the kept tallies and the
 * history steps written in the caller's transaction, and the checks of input.
 */
@Component(service = PetitionSupport.class)
public final class PetitionSupport {

    static final Set<PetitionStatus> NOT_FINISHED = EnumSet.of(PetitionStatus.REGISTERED, PetitionStatus.ASSIGNED, PetitionStatus.IN_PROGRESS);

    @Reference
    PersistenceService persistence;
    @Reference
    SecurityService security;
    @Reference
    OrgUnitService units;
    @Reference
    PersonalDataLog personalData;

    /** @return the deadlines in force */
    Deadlines deadlines() {
        return persistence.read(em -> {
            PetitionSettingsRow s = em.find(PetitionSettingsRow.class, 1L);
            return s == null ? Deadlines.DEFAULT : new Deadlines(s.getNormalDays(), s.getUrgentDays(), s.getDueSoonDays());
        });
    }

    /** @return the configured categories, in order */
    List<String> categories() {
        return persistence.read(em -> em.createQuery("select c.name from PetitionCategory c order by c.position, c.name", String.class)
                .getResultList());
    }

    /** @return the largest attachment accepted, in bytes */
    long attachmentLimit() {
        return persistence.read(em -> {
            PetitionSettingsRow s = em.find(PetitionSettingsRow.class, 1L);
            return s == null ? PetitionAttachments.MAX_ATTACHMENT_BYTES : s.getMaxAttachmentKb() * 1024L;
        });
    }

    boolean isHandler(String unitCode) {
        if (security.currentUser().isEmpty()) {
            return false;
        }
        return security.isPermitted(PetitionPrivacy.HANDLE_PERMISSION, unitCode);
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

    /** Tallies touched by the running transaction (keyed by its EntityManager), locked and managed. */
    private final Map<EntityManager, Map<String, PetitionTally>> tallies = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * Moves one petition of {@code unit} from one status to another in {@link PetitionTally} (from null:
     * a new one), in the caller's transaction. The rows are locked (pessimistic write) in the order of
     * the statuses, so two steps never wait for each other in a circle; within one transaction (an
     * import) each row is read and locked once and written once, at the commit.
     */
    void tally(EntityManager em, OrgUnit unit, PetitionStatus from, Integer fromSatisfaction, PetitionStatus to, Integer toSatisfaction) {
        if (from == to && Objects.equals(fromSatisfaction, toSatisfaction)) {
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
                t = em.find(PetitionTally.class, id, LockModeType.PESSIMISTIC_WRITE);
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

    void recordStep(EntityManager em, Petition p, OrgUnit unit, PetitionAction action, PetitionStatus from, String detail) {
        UserAccount user = security.currentUser().orElse(null);
        PetitionEvent event = new PetitionEvent(p.getId(), action, from, p.getStatus(), detail, who(),
                user == null ? Messages.System_name : user.displayName(), now());
        event.setUnit(unit);
        em.persist(event);
    }

    void requireAdmin() {
        if (security.currentUser().isPresent() && !security.currentUserHas(Role.DISTRICT_ADMIN)) {
            throw new AccessDeniedException(NLS.bind(Messages.Refused_adminOnly, security.currentUser().get().username()));
        }
    }

    OrgUnit unit(String codeOrName) {
        try {
            return units.findInScope(codeOrName);
        } catch (OrgUnitException e) {
            throw new PetitionException(e.getMessage());
        }
    }

    Map<String, String> unitNames() {
        return units.list().stream().collect(Collectors.toMap(OrgUnit::code, OrgUnit::name, (a, b) -> a));
    }

    /** The module's id, under which its personal-data reads are logged. */
    static final String MODULE = "org.jiedao.petitions";

    /** Records a read of petitioners' personal data in the platform's log (in the running transaction, if any). */
    void recordRead(Long petitionId, String unitCode, PersonalDataLog.Purpose purpose, long records) {
        personalData.recordRead(MODULE, "petition", petitionId == null ? null : petitionId.toString(), unitCode, purpose, records);
    }

    String who() {
        return security.currentUser().map(UserAccount::username).orElse("system");
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    static String name(org.jiedao.core.text.BilingualKey key) {
        return key.displayName(Locale.getDefault());
    }

    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new PetitionException(NLS.bind(Messages.Refused_required, field));
        }
        return checkLength(value.strip(), field, max);
    }

    static String optional(String value, String field, int max) {
        return value == null || value.isBlank() ? null : checkLength(value.strip(), field, max);
    }

    private static String checkLength(String value, String field, int max) {
        if (value.length() > max) {
            throw new PetitionException(NLS.bind(Messages.Refused_tooLong, new Object[] { field, max, value.length() }));
        }
        return value;
    }

    static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /** @return bytes as MB for messages: 5, 0.5, 12.3 */
    static String megabytes(long bytes) {
        double mb = bytes / 1024.0 / 1024.0;
        return mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
    }
}
