package org.jiedao.incubation.internal;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table INCUBATION_MATCH: a project's result in a round's last run (unit: the round's street). */
@Entity(name = "IncubationMatch")
@Table(name = "INCUBATION_MATCH")
public class MatchEntity extends ScopedVersionedEntity {

    @Column(name = "ROUND_ID", nullable = false)
    private long roundId;

    @Column(name = "PROJECT_ID", nullable = false)
    private long projectId;

    @Column(name = "COMMUNITY", length = 32)
    private String community;

    @Column(name = "PROJECT_RANK")
    private Integer projectRank;

    @Column(name = "COMMUNITY_RANK")
    private Integer communityRank;

    public MatchEntity() {
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

    public String getCommunity() {
        return community;
    }

    public void setCommunity(String community) {
        this.community = community;
    }

    public Integer getProjectRank() {
        return projectRank;
    }

    public void setProjectRank(Integer projectRank) {
        this.projectRank = projectRank;
    }

    public Integer getCommunityRank() {
        return communityRank;
    }

    public void setCommunityRank(Integer communityRank) {
        this.communityRank = communityRank;
    }
}
