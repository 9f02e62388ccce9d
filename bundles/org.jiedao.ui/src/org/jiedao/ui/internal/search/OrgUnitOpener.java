package org.jiedao.ui.internal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.core.org.OrgUnitService;
import org.jiedao.core.search.SearchHit;
import org.jiedao.ui.api.RecordOpener;
import org.jiedao.ui.internal.Messages;

/** Opens an organisation unit found by the search: its code, name, level, parent and path. */
public final class OrgUnitOpener implements RecordOpener {

    private final OrgUnitService units;

    @Inject
    public OrgUnitOpener(OrgUnitService units) {
        this.units = units;
    }

    @Override
    public void open(SearchHit hit, IEclipseContext context) {
        Object active = context.getActiveLeaf().get(IServiceConstants.ACTIVE_SHELL);
        Shell shell = active instanceof Shell s && !s.isDisposed() ? s : Display.getCurrent().getActiveShell();
        Optional<OrgUnit> found = units.find(hit.recordId());
        if (found.isEmpty()) {
            MessageDialog.openInformation(shell, hit.title(), NLS.bind(Messages.OrgUnit_gone, hit.recordId()));
            return;
        }
        OrgUnit unit = found.get();
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] { Messages.OrgUnit_name, unit.name() });
        fields.add(new String[] { Messages.OrgUnit_code, unit.code() });
        fields.add(new String[] { Messages.OrgUnit_level, unit.level().displayName(Locale.getDefault()) });
        fields.add(new String[] { Messages.OrgUnit_parent, unit.parentCode().flatMap(units::find)
                .map(p -> p.name() + " (" + p.code() + ")").orElse("-") });
        StringBuilder path = new StringBuilder();
        for (String code : unit.path().split("/")) {
            if (!code.isEmpty()) {
                path.append(path.length() == 0 ? "" : " \u203a ").append(units.find(code).map(OrgUnit::name).orElse(code));
            }
        }
        fields.add(new String[] { Messages.OrgUnit_path, path.toString() });
        fields.add(new String[] { Messages.OrgUnit_below, Integer.toString(units.subtree(unit.code()).size() - 1) });
        new DetailsDialog(shell, unit.name(), fields).open();
    }
}
