package org.jiedao.incubation.internal;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table INCUBATION_APPLICATION: a project's application to a community in a round (unit: the community). */
@Entity(name = "IncubationApplication")
@Table(name = "INCUBATION_APPLICATION")
public class ApplicationEntity extends ScopedVersionedEntity {

    @Column(name = "ROUND_ID", nullable = false)
    private long roundId;

    @Column(name = "PROJECT_ID", nullable = false)
    private long projectId;

    @Column(name = "PROJECT_RANK", nullable = false)
    private int projectRank;

    public ApplicationEntity() {
    }

    public long getRoundId() {
        return roundId;
    }

    public void setRoundId(long roundId) {
        this.roundId = roundId;
    }

    public long getProjectId() {
        return projectId;
    }

    public void setProjectId(long projectId) {
        this.projectId = projectId;
    }

    public int getProjectRank() {
        return projectRank;
    }

    public void setProjectRank(int projectRank) {
        this.projectRank = projectRank;
    }
}
