package org.jiedao.safety;

import java.time.LocalDate;
import java.util.List;

/** A knowledge contest 知识竞赛: its code (how files and commands name it), its point values and teams in their order. */
public record Contest(long id, String code, String title, LocalDate heldOn, String communityCode, String communityName, ContestRules rules,
        List<ContestTeam> teams) {

    /** @return the team names in order */
    public List<String> teamNames() {
        return teams.stream().map(ContestTeam::name).toList();
    }
}
