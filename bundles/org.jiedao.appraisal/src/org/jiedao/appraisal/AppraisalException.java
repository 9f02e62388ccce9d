package org.jiedao.appraisal;

/** A cadre appraisal rule refused what was asked (message in the user's language); nothing was changed. */
public class AppraisalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AppraisalException(String message) {
        super(message);
    }
}
