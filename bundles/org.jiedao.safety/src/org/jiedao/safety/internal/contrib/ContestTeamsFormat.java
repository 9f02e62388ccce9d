package org.jiedao.safety.internal.contrib;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.persistence.PersistenceService;
import org.jiedao.exchange.Column;
import org.jiedao.exchange.ExportContext;
import org.jiedao.exchange.ExportFilter;
import org.jiedao.exchange.ExportableFormat;
import org.jiedao.exchange.ImportContext;
import org.jiedao.exchange.ImportSession;
import org.jiedao.exchange.ImportableFormat;
import org.jiedao.exchange.Record;
import org.jiedao.exchange.RecordSink;
import org.jiedao.exchange.RowProblems;
import org.jiedao.safety.internal.ContestWrites;
import org.jiedao.safety.internal.Messages;
import org.jiedao.safety.internal.SafetyEventEntity;
import org.jiedao.safety.internal.SafetyTeamEntity;

/** {@code safety-contest-teams}: the teams of contests (contest, team, organisation); {@code contest} is the contest's code. */
public final class ContestTeamsFormat implements ImportableFormat, ExportableFormat {

    static final Column<String> CONTEST = Column.text("contest", "竞赛", 40).required();
    static final Column<String> TEAM = Column.text("team", "参赛队", 100).required();
    static final Column<String> ORGANISATION = Column.text("organisation", "单位", 200);

    @Inject
    private PersistenceService persistence;

    @Override
    public List<Column<?>> columns() {
        return List.of(CONTEST, TEAM, ORGANISATION);
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        return new ImportSession() {
            final Set<String> seen = new HashSet<>();

            @Override
            public void validate(Record record, RowProblems problems) {
                String contest = record.get(CONTEST);
                String team = record.get(TEAM);
                SafetyEventEntity c = Lookups.contest(persistence, contest);
                if (c == null) {
                    problems.reject(CONTEST, NLS.bind(Messages.Refused_noContest, contest));
                    return;
                }
                if (!seen.add(contest + "\n" + team) || Lookups.teams(persistence, c).contains(team)) {
                    problems.reject(TEAM, NLS.bind(Messages.Refused_teamExists, team, contest));
                }
            }

            @Override
            public java.util.Optional<OrgUnit> unit(Record record) {
                return java.util.Optional.ofNullable(Lookups.unitOf(persistence, context, Lookups.contest(persistence, record.get(CONTEST))));
            }

            @Override
            public void write(Record record, EntityManager em) {
                ContestWrites.addTeam(em, ContestWrites.contest(em, record.get(CONTEST)), record.get(TEAM), record.get(ORGANISATION));
            }
        };
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
                for (SafetyTeamEntity t : ContestWrites.teams(em, c.getId())) {
                    sink.write(c.code, t.name, t.organisation);
                }
            }
            return null;
        });
    }
}
