package org.jiedao.security.internal.privacy;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.persistence.TypedQuery;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.persistence.AccessDeniedException;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.core.privacy.PersonalDataLog;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.SecurityService;
import org.jiedao.core.security.UserAccount;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link PersonalDataLog} as rows of {@code JD_PERSONAL_DATA_READ}, written in the caller's transaction when there is one. */
@Component(service = PersonalDataLog.class)
public final class PersonalDataLogImpl implements PersonalDataLog {

    private static final int MAX_KEY = 64;

    @Reference
    PersistenceService persistence;
    @Reference
    SecurityService security;

    @Override
    public void recordRead(String module, String recordKind, String recordKey, String unitCode, Purpose purpose, long records) {
        if (module == null || module.isBlank() || recordKind == null || recordKind.isBlank() || purpose == null || records < 1) {
            throw new IllegalArgumentException("module, kind, purpose and at least one record are required: " + module + ", "
                    + recordKind + ", " + purpose + ", " + records);
        }
        String key = recordKey == null || recordKey.length() <= MAX_KEY ? recordKey : recordKey.substring(0, MAX_KEY);
        String who = security.currentUser().map(UserAccount::username)
                .orElse("os:" + System.getProperty("user.name", "?"));
        Read read = new Read(module.strip(), recordKind.strip(), key, unitCode, purpose, records, who,
                LocalDateTime.now(ZoneOffset.UTC));
        persistence.transaction(em -> {
            em.persist(new PersonalDataReadEntity(read));
            return null;
        });
    }

    @Override
    public List<Read> reads(String module, String recordKind, String recordKey, int limit) {
        if (security.currentUser().isPresent() && !security.currentUserHas(Role.DISTRICT_ADMIN, Role.AUDITOR)) {
            throw new AccessDeniedException(NLS.bind(Messages.Privacy_readsDenied, security.currentUser().get().username()));
        }
        return persistence.read(em -> {
            StringBuilder jpql = new StringBuilder("select r from PersonalDataRead r where r.module = :module");
            if (recordKind != null) {
                jpql.append(" and r.recordKind = :kind");
            }
            if (recordKey != null) {
                jpql.append(" and r.recordKey = :key");
            }
            jpql.append(" order by r.readAtUtc desc, r.id desc");
            TypedQuery<PersonalDataReadEntity> query = em.createQuery(jpql.toString(), PersonalDataReadEntity.class)
                    .setParameter("module", module);
            if (recordKind != null) {
                query.setParameter("kind", recordKind);
            }
            if (recordKey != null) {
                query.setParameter("key", recordKey);
            }
            if (limit > 0) {
                query.setMaxResults(limit);
            }
            return query.getResultList().stream().map(PersonalDataReadEntity::toRead).toList();
        });
    }
}
