package org.jiedao.appraisal;

import java.util.List;

import org.jiedao.appraisal.AppraisalService.ScoreProblem;

/** A grid save was refused because of bad lines; every problem is listed and nothing was written. */
public class ScoreEntryException extends AppraisalException {

    private static final long serialVersionUID = 1L;

    private final transient List<ScoreProblem> problems;

    public ScoreEntryException(String message, List<ScoreProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** @return every bad line and column, in line order */
    public List<ScoreProblem> problems() {
        return problems;
    }
}
