package org.jiedao.petitions.ui.internal;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.search.SearchHit;
import org.jiedao.petitions.PetitionService;
import org.jiedao.ui.api.RecordOpener;
import org.osgi.framework.FrameworkUtil;

/** Opens a petition found by the search field in the petition dialog. */
public final class OpenPetition implements RecordOpener {

    @Override
    public void open(SearchHit hit, IEclipseContext context) {
        var bundle = FrameworkUtil.getBundle(OpenPetition.class).getBundleContext();
        PetitionService petitions = bundle.getService(bundle.getServiceReference(PetitionService.class));
        new PetitionDialog(context.get(Shell.class), petitions, Long.parseLong(hit.recordId())).open();
    }
}
