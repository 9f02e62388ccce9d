package org.jiedao.safety.internal.contrib;

import java.util.List;

import jakarta.inject.Inject;

import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportFilter;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.RecordSink;
import org.jiedao.safety.ContestScoring;
import org.jiedao.safety.TeamStanding;
import org.jiedao.safety.internal.ContestWrites;
import org.jiedao.safety.internal.Messages;
import org.jiedao.safety.internal.SafetyEventEntity;

/** Export {@code safety-contest-ranking} (contest, rank, team, total, wrong_risk, seconds): each contest re-scored from its answers. */
public final class ContestRankingFormat implements ExportableFormat {

    static final Column<String> CONTEST = Column.text("contest", "竞赛", 40);
    static final Column<Long> RANK = Column.integer("rank", "名次", 1, Long.MAX_VALUE);
    static final Column<String> TEAM = Column.text("team", "参赛队", 100);
    static final Column<Long> TOTAL = Column.integer("total", "总分", Long.MIN_VALUE, Long.MAX_VALUE);
    static final Column<Long> WRONG_RISK = Column.integer("wrong_risk", "风险题答错", 0, Long.MAX_VALUE);
    static final Column<Long> SECONDS = Column.integer("seconds", "用时", 0, Long.MAX_VALUE);

    @Inject
    private PersistenceService persistence;

    @Override
    public List<Column<?>> columns() {
        return List.of(CONTEST, RANK, TEAM, TOTAL, WRONG_RISK, SECONDS);
    }

    @Override
    public List<ExportFilter> filters() {
        return List.of(new ExportFilter("contest", Messages.Export_filterContest));
    }

    @Override
    public void export(ExportContext context, RecordSink sink) {
        String only = context.filter("contest").orElse(null);
        persistence.read(em -> {
            for (SafetyEventEntity c : Lookups.contests(em, only)) {
                List<String> teams = ContestWrites.teams(em, c.getId()).stream().map(t -> t.name).toList();
                for (TeamStanding s : ContestScoring.rank(teams, ContestWrites.answers(em, c))) {
                    sink.write(c.code, (long) s.rank(), s.team(), (long) s.total(), (long) s.wrongRisk(), s.seconds());
                }
            }
            return null;
        });
    }
}
