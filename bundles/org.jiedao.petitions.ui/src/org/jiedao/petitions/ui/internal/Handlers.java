package org.jiedao.petitions.ui.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.org.OrgLevel;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.security.SecurityService;
import org.jiedao.petitions.PetitionService;

/** The 民意邮局 menu's handlers. */
public final class Handlers {

    static final String INBOX = "org.jiedao.petitions.ui.part.inbox";

    private Handlers() {
    }

    /** The communities a petition can be registered for: those in the signed-in officer's scope. */
    static List<OrgUnit> communities(OrgUnitService units) {
        return units.listInScope(OrgLevel.COMMUNITY);
    }

    static void refreshInbox(EPartService parts) {
        MPart part = parts.findPart(INBOX);
        if (part != null && part.getObject() instanceof InboxPart inbox) {
            inbox.refresh();
        }
    }

    /** 登记来信…: the registration dialog, then the inbox shows the new petition. */
    public static final class Register {
        @Execute
        public void execute(Shell shell, PetitionService petitions, OrgUnitService units, EPartService parts) {
            if (new RegisterDialog(shell, petitions, communities(units)).open() == Window.OK) {
                refreshInbox(parts);
            }
        }
    }

    /** 登记邮筒开启…: records a weekly mailbox opening. */
    public static final class RecordOpening {
        @Execute
        public void execute(Shell shell, PetitionService petitions, OrgUnitService units) {
            new OpeningDialog(shell, petitions, communities(units)).open();
        }
    }

    /** 设置…: deadlines, attachment limit and categories (changed by district administrators, shown read-only to others). */
    public static final class Settings {
        @Execute
        public void execute(Shell shell, PetitionService petitions, SecurityService security) {
            boolean admin = security.currentUserHas(org.jiedao.core.security.Role.DISTRICT_ADMIN);
            new SettingsDialog(shell, petitions, admin).open();
        }
    }
}
