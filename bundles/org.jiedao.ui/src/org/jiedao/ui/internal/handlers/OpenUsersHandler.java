package org.jiedao.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.jiedao.core.security.Role;
import org.jiedao.core.security.UserAccount;

/** Tools &gt; Users: the accounts of this installation, for district administrators. */
public final class OpenUsersHandler {

    static final String PART = "org.jiedao.ui.partdescriptor.users";

    @CanExecute
    public boolean canExecute(@Optional UserAccount user) {
        return user != null && user.role() == Role.DISTRICT_ADMIN;
    }

    @Execute
    public void execute(EPartService parts) {
        parts.showPart(PART, PartState.ACTIVATE);
    }
}
