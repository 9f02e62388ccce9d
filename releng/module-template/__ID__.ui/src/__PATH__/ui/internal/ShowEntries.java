package __ID__.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Menu __ZH__ › the entries: brings the part to the front. */
public final class ShowEntries {
    @Execute
    public void execute(EPartService parts) {
        MPart part = parts.findPart(EntriesPart.ID);
        if (part != null) {
            parts.showPart(part, EPartService.PartState.ACTIVATE);
        }
    }
}
