package org.jiedao.petitions.ui.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.search.SearchHit;
import org.jiedao.petitions.PetitionService;
import org.jiedao.ui.api.RecordOpener;

/** Opens a petition found by the search field in the petition dialog. */
public final class OpenPetition implements RecordOpener {

    @Inject
    private PetitionService petitions;

    @Override
    public void open(SearchHit hit, IEclipseContext context) {
        new PetitionDialog(context.get(Shell.class), petitions, Long.parseLong(hit.recordId())).open();
    }
}
