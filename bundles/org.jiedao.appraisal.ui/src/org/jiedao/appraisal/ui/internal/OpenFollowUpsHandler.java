package org.jiedao.appraisal.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.jiedao.core.security.UserAccount;

/** 考核 &gt; D等跟进: opens (or brings to front) the D-grade follow-up list. */
public final class OpenFollowUpsHandler {

    /** The part descriptor of the follow-up part. */
    public static final String PART = "org.jiedao.appraisal.ui.partdescriptor.followups";

    @CanExecute
    public boolean canExecute(@Optional UserAccount user) {
        return user != null;
    }

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(PART, PartState.ACTIVATE);
    }
}
