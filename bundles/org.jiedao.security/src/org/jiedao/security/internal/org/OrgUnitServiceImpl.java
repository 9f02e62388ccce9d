package org.jiedao.security.internal.org;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitChange;
import org.jiedao.core.org.OrgUnitException;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.persistence.PersistenceService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;

/** {@link OrgUnitService} over the shared database; every change is one transaction with its history entry. */
@Component(service = OrgUnitService.class)
public final class OrgUnitServiceImpl implements OrgUnitService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-]{0,31}");
    private static final int MAX_NAME = 100;

    private PersistenceService persistence;

    private org.osgi.framework.BundleContext context;

    @org.osgi.service.component.annotations.Activate
    void activate(org.osgi.framework.BundleContext bundleContext) {
        this.context = bundleContext;
    }

    @Reference
    void setPersistence(PersistenceService persistenceService) {
        this.persistence = persistenceService;
    }

    @Override
    public List<OrgUnit> list() {
        return persistence.read(em -> em
                .createQuery("select u from OrgUnitEntity u order by u.path", OrgUnitEntity.class)
                .getResultList().stream().map(OrgUnitEntity::toOrgUnit).toList());
    }

    @Override
    public Optional<OrgUnit> find(String code) {
        return persistence.read(em -> entity(em, code).map(OrgUnitEntity::toOrgUnit));
    }

    @Override
    public Optional<OrgUnit> findByCodeOrName(String codeOrName) {
        return persistence.read(em -> {
            Optional<OrgUnitEntity> byCode = entity(em, codeOrName);
            if (byCode.isPresent()) {
                return byCode.map(OrgUnitEntity::toOrgUnit);
            }
            List<OrgUnitEntity> byName = em.createQuery("select u from OrgUnitEntity u where u.name = :name order by u.path",
                    OrgUnitEntity.class).setParameter("name", codeOrName.strip()).getResultList();
            if (byName.size() > 1) {
                throw new OrgUnitException(NLS.bind(Messages.Org_ambiguousName, codeOrName,
                        String.join(", ", byName.stream().map(OrgUnitEntity::code).toList())));
            }
            return byName.stream().findFirst().map(OrgUnitEntity::toOrgUnit);
        });
    }

    @Override
    public List<OrgUnit> listInScope(OrgLevel... levels) {
        java.util.Set<OrgLevel> wanted = levels.length == 0 ? java.util.EnumSet.allOf(OrgLevel.class)
                : java.util.EnumSet.copyOf(java.util.Arrays.asList(levels));
        org.jiedao.core.persistence.DataScope scope = withSecurity(security -> security == null ? null : security.currentScope());
        return list().stream().filter(u -> wanted.contains(u.level()) && (scope == null || scope.covers(u.path()))).toList();
    }

    @Override
    public OrgUnit findInScope(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            throw new OrgUnitException(Messages.Org_unitRequired);
        }
        OrgUnit unit = findByCodeOrName(codeOrName.strip())
                .orElseThrow(() -> new OrgUnitException(NLS.bind(Messages.Org_unknown, codeOrName.strip())));
        if (!withSecurity(security -> security == null || security.currentScope().covers(unit.path()))) {
            throw new OrgUnitException(NLS.bind(Messages.Org_outsideScope, unit.code(), unit.name()));
        }
        return unit;
    }

    @Override
    public List<OrgUnit> subtree(String code) {
        return persistence.read(em -> {
            OrgUnitEntity root = existing(em, code);
            return em.createQuery("select u from OrgUnitEntity u where u.path like :prefix order by u.path", OrgUnitEntity.class)
                    .setParameter("prefix", root.path() + "%").getResultList().stream().map(OrgUnitEntity::toOrgUnit).toList();
        });
    }

    @Override
    public OrgUnit create(String code, String name, OrgLevel level, String parentCode) {
        String cleanName = checkName(name);
        if (code == null || !CODE.matcher(code).matches()) {
            throw new OrgUnitException(NLS.bind(Messages.Org_badCode, code));
        }
        return persistence.transaction(em -> {
            Optional<OrgUnitEntity> taken = entity(em, code);
            if (taken.isPresent()) {
                throw new OrgUnitException(NLS.bind(Messages.Org_codeTaken, code, taken.get().name()));
            }
            OrgUnitEntity parent = null;
            if (level == OrgLevel.DISTRICT) {
                if (parentCode != null && !parentCode.isBlank()) {
                    throw new OrgUnitException(Messages.Org_districtHasNoParent);
                }
            } else {
                if (parentCode == null || parentCode.isBlank()) {
                    throw new OrgUnitException(NLS.bind(Messages.Org_parentRequired, show(level), show(level.parentLevel().get())));
                }
                parent = existing(em, parentCode);
                checkParentLevel(parent, level);
            }
            OrgUnitEntity unit = new OrgUnitEntity(code, cleanName, level, parent);
            em.persist(unit);
            record(em, code, OrgUnitChange.Kind.CREATED, null, cleanName);
            return unit.toOrgUnit();
        });
    }

    @Override
    public OrgUnit rename(String code, String newName) {
        String cleanName = checkName(newName);
        return persistence.transaction(em -> {
            OrgUnitEntity unit = existing(em, code);
            if (unit.name().equals(cleanName)) {
                throw new OrgUnitException(NLS.bind(Messages.Org_sameName, code, cleanName));
            }
            String old = unit.name();
            unit.rename(cleanName);
            record(em, code, OrgUnitChange.Kind.RENAMED, old, cleanName);
            return unit.toOrgUnit();
        });
    }

    @Override
    public OrgUnit move(String code, String newParentCode) {
        return persistence.transaction(em -> {
            OrgUnitEntity unit = existing(em, code);
            if (unit.level() == OrgLevel.DISTRICT) {
                throw new OrgUnitException(Messages.Org_districtHasNoParent);
            }
            OrgUnitEntity parent = existing(em, newParentCode);
            if (parent.path().startsWith(unit.path())) {
                throw new OrgUnitException(NLS.bind(Messages.Org_moveIntoItself, code, parent.code()));
            }
            checkParentLevel(parent, unit.level());
            String oldParent = unit.parent() == null ? "" : unit.parent().code();
            String oldPrefix = unit.path();
            List<OrgUnitEntity> below = em.createQuery(
                    "select u from OrgUnitEntity u where u.path like :prefix and u.code <> :code", OrgUnitEntity.class)
                    .setParameter("prefix", oldPrefix + "%").setParameter("code", code).getResultList();
            unit.moveTo(parent);
            for (OrgUnitEntity child : below) {
                child.rebase(oldPrefix, unit.path());
            }
            record(em, code, OrgUnitChange.Kind.MOVED, oldParent, parent.code());
            return unit.toOrgUnit();
        });
    }

    @Override
    public List<OrgUnitChange> history(String code) {
        return persistence.read(em -> {
            existing(em, code);
            return em.createQuery("select c from OrgUnitChangeEntity c where c.code = :code order by c.id",
                    OrgUnitChangeEntity.class).setParameter("code", code).getResultList().stream()
                    .map(OrgUnitChangeEntity::toChange).toList();
        });
    }

    private static Optional<OrgUnitEntity> entity(EntityManager em, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("select u from OrgUnitEntity u where u.code = :code", OrgUnitEntity.class)
                .setParameter("code", code.strip()).getResultList().stream().findFirst();
    }

    private static OrgUnitEntity existing(EntityManager em, String code) {
        return entity(em, code).orElseThrow(() -> new OrgUnitException(NLS.bind(Messages.Org_unknown, code)));
    }

    private static void checkParentLevel(OrgUnitEntity parent, OrgLevel level) {
        OrgLevel expected = level.parentLevel().orElseThrow(() -> new OrgUnitException(Messages.Org_districtHasNoParent));
        if (parent.level() != expected) {
            throw new OrgUnitException(NLS.bind(Messages.Org_wrongParentLevel,
                    new Object[] { parent.name(), show(parent.level()), show(level), show(expected) }));
        }
    }

    private static String checkName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new OrgUnitException(Messages.Org_blankName);
        }
        if (clean.length() > MAX_NAME) {
            throw new OrgUnitException(Messages.Org_nameTooLong);
        }
        return clean;
    }

    private static String show(OrgLevel level) {
        return level.displayName(Locale.getDefault());
    }

    private void record(EntityManager em, String code, OrgUnitChange.Kind kind, String oldValue, String newValue) {
        em.persist(new OrgUnitChangeEntity(code, kind, oldValue, newValue, Instant.now(), actor()));
    }

    /** The signed-in user, or (setting up a data folder, in tests) the operating-system account. */
    private String actor() {
        String os = "os:" + System.getProperty("user.name", "?");
        return withSecurity(security -> security == null ? os : security.currentUser().map(UserAccount::username).orElse(os));
    }

    /** Calls the security service, or gives null to the function when there is none yet. */
    private <T> T withSecurity(java.util.function.Function<SecurityService, T> function) {
        // looked up, not injected: the security service depends on this one
        org.osgi.framework.ServiceReference<SecurityService> reference = context.getServiceReference(SecurityService.class);
        SecurityService security = reference == null ? null : context.getService(reference);
        try {
            return function.apply(security);
        } finally {
            if (security != null) {
                context.ungetService(reference);
            }
        }
    }
}
