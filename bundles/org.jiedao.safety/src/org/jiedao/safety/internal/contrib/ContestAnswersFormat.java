package org.jiedao.safety.internal.contrib;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import org.jiedao.safety.AnswerKind;
import org.jiedao.safety.ContestAnswer;
import org.jiedao.safety.ContestRules;
import org.jiedao.safety.internal.ContestWrites;
import org.jiedao.safety.internal.Messages;
import org.jiedao.safety.internal.SafetyEventEntity;

/**
 * {@code safety-contest-answers}: one row per team and question (contest, round, question, team, kind
 * must|risk, value, correct yes|no, seconds). A stored answer to the same question is replaced; the same
 * question answered twice by a team in the file, a team not in the contest, a risk value not offered,
 * a must-answer value other than the contest's refuse the file.
 */
public final class ContestAnswersFormat implements ImportableFormat, ExportableFormat {

    static final Column<String> CONTEST = Column.text("contest", "竞赛", 40).required();
    static final Column<Long> ROUND = Column.integer("round", "轮次", 1, 1000).required();
    static final Column<Long> QUESTION = Column.integer("question", "题号", 1, 100000).required();
    static final Column<String> TEAM = Column.text("team", "参赛队", 100).required();
    static final Column<AnswerKind> KIND = Column.choice("kind", "题型", AnswerKind.class).required();
    static final Column<Long> VALUE = Column.integer("value", "分值", 1, 100000).required();
    static final Column<Boolean> CORRECT = Column.bool("correct", "答对").required();
    static final Column<Long> SECONDS = Column.integer("seconds", "用时", 0, 100000).required();

    @Inject
    private PersistenceService persistence;

    @Override
    public List<Column<?>> columns() {
        return List.of(CONTEST, ROUND, QUESTION, TEAM, KIND, VALUE, CORRECT, SECONDS);
    }

    static ContestAnswer answer(Record r) {
        return new ContestAnswer(r.get(ROUND).intValue(), r.get(QUESTION).intValue(), r.get(TEAM), r.get(KIND), r.get(VALUE).intValue(),
                r.get(CORRECT), r.get(SECONDS).intValue());
    }

    @Override
    public ImportSession beginImport(ImportContext context) {
        return new ImportSession() {
            final Map<String, SafetyEventEntity> contests = new HashMap<>();
            final Map<String, List<String>> teams = new HashMap<>();
            /** contest, round, question, team → the row that answered it */
            final Map<String, Integer> answered = new HashMap<>();
            /** contest, round, question → the kind it was answered as, and the row */
            final Map<String, Object[]> kinds = new HashMap<>();

            @Override
            public void validate(Record record, RowProblems problems) {
                String code = record.get(CONTEST);
                SafetyEventEntity c = contests.computeIfAbsent(code, k -> Lookups.contest(persistence, k));
                if (c == null) {
                    contests.remove(code);
                    problems.reject(CONTEST, NLS.bind(Messages.Refused_noContest, code));
                    return;
                }
                ContestAnswer a = answer(record);
                ContestRules rules = ContestWrites.rules(c);
                String problem = ContestWrites.problem(rules, teams.computeIfAbsent(code, k -> Lookups.teams(persistence, c)), a);
                if (problem != null) {
                    Column<?> column = !teams.get(code).contains(a.team()) ? TEAM : a.seconds() < 0 ? SECONDS : VALUE;
                    problems.reject(column, problem);
                    return;
                }
                String question = code + "\n" + a.round() + "\n" + a.question();
                Integer earlier = answered.putIfAbsent(question + "\n" + a.team(), record.row());
                if (earlier != null) {
                    problems.reject(QUESTION, NLS.bind(Messages.Refused_answerTwice, new Object[] { a.team(), a.round(), a.question(), earlier }));
                }
                Object[] kind = kinds.putIfAbsent(question, new Object[] { a.kind(), record.row() });
                if (kind != null && kind[0] != a.kind()) {
                    problems.reject(KIND, NLS.bind(Messages.Refused_kindMismatchRow, new Object[] { a.round(), a.question(),
                            ((AnswerKind) kind[0]).chinese(), kind[1] }));
                }
            }

            @Override
            public java.util.Optional<OrgUnit> unit(Record record) {
                return java.util.Optional.ofNullable(Lookups.unitOf(persistence, context, contests.get(record.get(CONTEST))));
            }

            @Override
            public void write(Record record, EntityManager em) {
                ContestWrites.putAnswer(em, ContestWrites.contest(em, record.get(CONTEST)), answer(record));
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
                for (ContestAnswer a : ContestWrites.answers(em, c)) {
                    sink.write(c.code, (long) a.round(), (long) a.question(), a.team(), a.kind(), (long) a.value(), a.correct(), (long) a.seconds());
                }
            }
            return null;
        });
    }
}
