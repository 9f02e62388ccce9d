package org.jiedao.core.persistence;

import java.time.LocalDateTime;

/**
 * One record of the audit trail.
 *
 * @param seq      position in the chain, from 1
 * @param atUtc    when (UTC)
 * @param user     who (user name, or {@code os:NAME} while setting up)
 * @param entity   entity class name, e.g. {@code OrgUnitEntity}
 * @param entityId the record's id
 * @param action   CREATE, UPDATE or DELETE
 * @param changes  the changed fields as JSON: {@code {"name":["before","after"]}}
 */
public record AuditRecord(long seq, LocalDateTime atUtc, String user, String entity, String entityId, String action,
        String changes) {
}
