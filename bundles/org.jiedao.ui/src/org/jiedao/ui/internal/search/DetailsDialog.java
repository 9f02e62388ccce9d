package org.jiedao.ui.internal.search;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.jiedao.core.search.SearchHit;
import org.jiedao.ui.internal.Messages;

/** A record's fields, read-only: what the search shows when no module opens the record itself. */
public final class DetailsDialog extends Dialog {

    /** Widget data key of the value labels (value: the field name). */
    public static final String VALUE_ID = "org.jiedao.ui.search.details.value";

    private final String title;
    private final List<String[]> fields;

    public DetailsDialog(Shell parent, String title, List<String[]> fields) {
        super(parent);
        this.title = title;
        this.fields = List.copyOf(fields);
    }

    static DetailsDialog forHit(Shell parent, SearchHit hit, String providerName) {
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] { Messages.Hit_title, hit.title() });
        if (!hit.subtitle().isEmpty()) {
            fields.add(new String[] { Messages.Hit_subtitle, hit.subtitle() });
        }
        fields.add(new String[] { Messages.Hit_type, hit.recordType() });
        fields.add(new String[] { Messages.Hit_id, hit.recordId() });
        fields.add(new String[] { Messages.Hit_source, providerName });
        return new DetailsDialog(parent, hit.title(), fields);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(16, 12).spacing(16, 8).applyTo(area);
        for (String[] field : fields) {
            Label name = new Label(area, SWT.NONE);
            name.setText(field[0]);
            name.setFont(JFaceResources.getBannerFont());
            Label value = new Label(area, SWT.WRAP);
            value.setText(field[1]);
            value.setData(VALUE_ID, field[0]);
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(value);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
