package org.jiedao.ui.internal.handlers;

import java.util.Arrays;

import jakarta.inject.Named;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.jiedao.core.security.UserAccount;
import org.jiedao.ui.api.ShowPart;

/**
 * The handler of {@link ShowPart#COMMAND}: finds the part named by {@link ShowPart#PART} (or
 * creates it from its descriptor), brings it to the front and activates it; enabled for a
 * signed-in user whose role is in {@link ShowPart#ROLES} when that is given.
 */
public final class ShowPartHandler {

    @CanExecute
    public boolean canExecute(@Optional UserAccount user, @Optional @Named(ShowPart.ROLES) String roles) {
        return user != null && permits(roles, user);
    }

    @Execute
    public void execute(EPartService parts, @Named(ShowPart.PART) String id, @Optional UserAccount user,
            @Optional @Named(ShowPart.ROLES) String roles) {
        if (user == null || !permits(roles, user)) {
            return; // a key binding may get here though the menu is disabled
        }
        MPart part = parts.findPart(id);
        MPart shown = part != null ? parts.showPart(part, PartState.ACTIVATE) : parts.showPart(id, PartState.ACTIVATE);
        if (shown == null) {
            ILog.of(ShowPartHandler.class).warn("No part or part descriptor '" + id + "' to show");
        }
    }

    static boolean permits(String roles, UserAccount user) {
        return roles == null || roles.isBlank()
                || Arrays.stream(roles.split(",")).map(String::strip).anyMatch(r -> r.equals(user.role().name()));
    }
}
