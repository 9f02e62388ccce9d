package org.jiedao.appraisal.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.jiedao.core.security.UserAccount;

/** 考核 &gt; 成绩录入: opens (or brings to front) the score entry grid. */
public final class OpenScoresHandler {

    /** The part descriptor of the score entry part. */
    public static final String PART = "org.jiedao.appraisal.ui.partdescriptor.scores";

    @CanExecute
    public boolean canExecute(@Optional UserAccount user) {
        return user != null;
    }

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(PART, PartState.ACTIVATE);
    }
}
