package org.jiedao.petitions.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jiedao.core.persistence.ScopedEntity;
import org.jiedao.petitions.PetitionStatus;

/**
 * How many petitions of one community have one status (and, for closed ones, the sum of their
 * satisfaction), kept in the same transaction as every registration and step, so that the inbox's
 * count and the dashboard read a few dozen rows instead of counting a million. Scoped like the
 * petitions. Id: {@code UNIT_CODE/STATUS}.
 */
@Entity(name = "PetitionTally")
@Table(name = "PET_TALLY")
public class PetitionTally extends ScopedEntity {

    @Id
    @Column(name = "ID", length = 64)
    private String id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private PetitionStatus status;

    @Column(name = "N", nullable = false)
    private long count;

    @Column(name = "SATISFACTION_SUM", nullable = false)
    private long satisfactionSum;

    @Column(name = "SATISFACTION_N", nullable = false)
    private long satisfactionCount;

    protected PetitionTally() {
    }

    PetitionTally(String unitCode, PetitionStatus status) {
        this.id = id(unitCode, status);
        this.status = status;
    }

    static String id(String unitCode, PetitionStatus status) {
        return unitCode + "/" + status.name();
    }

    public String getId() { return id; }
    public PetitionStatus getStatus() { return status; }
    public long getCount() { return count; }
    public long getSatisfactionSum() { return satisfactionSum; }
    public long getSatisfactionCount() { return satisfactionCount; }

    void add(int petitions, Integer satisfaction) {
        count += petitions;
        if (satisfaction != null) {
            satisfactionSum += (long) petitions * satisfaction;
            satisfactionCount += petitions;
        }
    }
}
