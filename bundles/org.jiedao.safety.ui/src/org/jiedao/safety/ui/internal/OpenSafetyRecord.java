package org.jiedao.safety.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.jiedao.core.search.SearchHit;
import org.jiedao.ui.api.RecordOpener;

/** Opens a premises or a rectification order found by the search field in its part, filtered to it. */
public final class OpenSafetyRecord implements RecordOpener {

    @Override
    public void open(SearchHit hit, IEclipseContext context) {
        EPartService parts = context.get(EPartService.class);
        boolean order = hit.recordType().equals("org.jiedao.safety.order");
        var part = parts.showPart(order ? OrdersPart.ID : PremisesPart.ID, EPartService.PartState.ACTIVATE);
        Object object = part == null ? null : part.getObject();
        if (object instanceof OrdersPart orders) {
            orders.show(hit.recordId());
        } else if (object instanceof PremisesPart premises) {
            premises.show(hit.recordId());
        }
    }
}
