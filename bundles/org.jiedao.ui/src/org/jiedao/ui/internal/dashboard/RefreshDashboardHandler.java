package org.jiedao.ui.internal.dashboard;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Refresh dashboard (F5): shows the dashboard and reloads every widget. */
public final class RefreshDashboardHandler {

    @Execute
    public void execute(EPartService parts) {
        MPart part = parts.findPart(DashboardPart.ID);
        if (part == null) {
            return;
        }
        parts.showPart(part, PartState.VISIBLE);
        if (part.getObject() instanceof DashboardPart dashboard && !dashboard.isLoading()) {
            dashboard.refresh();
        }
    }
}
