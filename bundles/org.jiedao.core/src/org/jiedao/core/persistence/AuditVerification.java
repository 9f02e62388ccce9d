package org.jiedao.core.persistence;

import java.util.OptionalLong;

/**
 * The result of checking the audit trail's hash chain.
 *
 * @param records     how many records were checked
 * @param firstBroken the sequence number of the first record whose hash or link does not match
 *                    (changed, removed or inserted afterwards); empty when the chain is intact
 * @param reason      what is wrong with it, empty when intact
 */
public record AuditVerification(long records, OptionalLong firstBroken, String reason) {

    /** @return whether the whole chain verifies */
    public boolean intact() {
        return firstBroken.isEmpty();
    }
}
