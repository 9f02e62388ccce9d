package org.jiedao.ui.internal.search;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/** Search (Ctrl+K, Ctrl+F): puts the keyboard focus into the search field. */
public final class FocusSearchHandler {

    @Execute
    public void execute(MApplication application, EModelService models) {
        List<MToolControl> controls = models.findElements(application, SearchControl.ELEMENT_ID, MToolControl.class, null,
                EModelService.IN_TRIM | EModelService.ANYWHERE);
        for (MToolControl control : controls) {
            if (control.getObject() instanceof SearchControl search) {
                search.focus();
                return;
            }
        }
    }
}
