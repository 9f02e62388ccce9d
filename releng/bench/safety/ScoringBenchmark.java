import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jiedao.safety.AnswerKind;
import org.jiedao.safety.ContestAnswer;
import org.jiedao.safety.ContestScoring;
import org.jiedao.safety.ContestTally;
import org.jiedao.safety.TeamStanding;

/** Re-scoring a contest of 50 teams × 200 questions, and one live entry reaching the ranking; medians of many runs. */
public class ScoringBenchmark {
    public static void main(String[] args) {
        int teamsCount = 50, questions = 200;
        Random random = new Random(1);
        List<String> teams = new ArrayList<>();
        for (int t = 0; t < teamsCount; t++) {
            teams.add("队" + t);
        }
        List<ContestAnswer> answers = new ArrayList<>();
        for (int q = 0; q < questions; q++) {
            int round = q < questions / 2 ? 1 : 2;
            AnswerKind kind = round == 1 ? AnswerKind.MUST : AnswerKind.RISK;
            for (String team : teams) {
                answers.add(new ContestAnswer(round, q + 1, team, kind, kind == AnswerKind.MUST ? 10 : 10 * (1 + random.nextInt(3)),
                        random.nextInt(3) > 0, random.nextInt(30)));
            }
        }
        long[] rescore = new long[201];
        List<TeamStanding> last = null;
        for (int i = 0; i < rescore.length; i++) {
            long t0 = System.nanoTime();
            last = ContestScoring.rank(teams, answers);
            rescore[i] = System.nanoTime() - t0;
        }
        ContestTally tally = new ContestTally(teams);
        answers.forEach(tally::put);
        long[] live = new long[1001];
        for (int i = 0; i < live.length; i++) {
            ContestAnswer a = answers.get(random.nextInt(answers.size()));
            long t0 = System.nanoTime();
            tally.put(new ContestAnswer(a.round(), a.question(), a.team(), a.kind(), a.value(), !a.correct(), a.seconds()));
            tally.ranking();
            live[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(rescore);
        java.util.Arrays.sort(live);
        System.out.printf("re-score %d teams x %d questions (%d answers): min %.2f ms, median %.3f ms, max %.2f ms; winner %s%n", teamsCount,
                questions, answers.size(), rescore[0] / 1e6, rescore[rescore.length / 2] / 1e6, rescore[rescore.length - 1] / 1e6, last.get(0));
        System.out.printf("live entry + ranking of %d teams: median %.3f ms, max %.2f ms%n", teamsCount, live[live.length / 2] / 1e6,
                live[live.length - 1] / 1e6);
    }
}
