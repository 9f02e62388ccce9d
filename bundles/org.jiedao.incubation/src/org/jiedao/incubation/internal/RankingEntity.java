package org.jiedao.incubation.internal;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jiedao.core.persistence.ScopedVersionedEntity;

/** Table INCUBATION_RANKING: a community's rank of a project in a round, with its places. */
@Entity(name = "IncubationRanking")
@Table(name = "INCUBATION_RANKING")
public class RankingEntity extends ScopedVersionedEntity {

    @Column(name = "ROUND_ID", nullable = false)
    private long roundId;

    @Column(name = "PROJECT_ID", nullable = false)
    private long projectId;

    @Column(name = "COMMUNITY_RANK", nullable = false)
    private int communityRank;

    @Column(name = "PLACES", nullable = false)
    private int places;

    public RankingEntity() {
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

    public int getCommunityRank() {
        return communityRank;
    }

    public void setCommunityRank(int communityRank) {
        this.communityRank = communityRank;
    }

    public int getPlaces() {
        return places;
    }

    public void setPlaces(int places) {
        this.places = places;
    }
}
