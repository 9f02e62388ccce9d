package org.example.volunteers.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** 志愿服务 › 服务时长统计: brings the part to the front. */
public final class ShowHours {
    @Execute
    public void execute(EPartService parts) {
        MPart part = parts.findPart(HoursPart.ID);
        if (part != null) {
            parts.showPart(part, EPartService.PartState.ACTIVATE);
        }
    }
}
