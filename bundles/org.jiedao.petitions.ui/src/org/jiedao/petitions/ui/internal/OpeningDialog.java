package org.jiedao.petitions.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.petitions.PetitionException;
import org.jiedao.petitions.PetitionService;

/** 每周定时开启邮筒: records an opening of a community's mailbox (community, day, who opened it, witness). */
public final class OpeningDialog extends Dialog {

    public static final String OPENED_BY = "jiedao.petitions.opening.by", WITNESS = "jiedao.petitions.opening.witness";

    private final PetitionService petitions;
    private final List<OrgUnit> communities;
    private Combo community;
    private DateTime day;
    private Text openedBy, witness, note;
    private long openingId = -1;

    /** @return the recorded opening's id, or -1 */
    public long openingId() {
        return openingId;
    }

    public OpeningDialog(Shell parent, PetitionService petitions, List<OrgUnit> communities) {
        super(parent);
        this.petitions = petitions;
        this.communities = communities;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Opening_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        new Label(area, SWT.NONE).setText(Messages.Col_community + "：");
        community = new Combo(area, SWT.READ_ONLY);
        communities.forEach(u -> community.add(u.name()));
        community.select(0);
        new Label(area, SWT.NONE).setText(Messages.Opening_day + "：");
        day = new DateTime(area, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        openedBy = text(area, Messages.Opening_by, OPENED_BY);
        witness = text(area, Messages.Opening_witness, WITNESS);
        note = text(area, Messages.Opening_note, "jiedao.petitions.opening.note");
        return area;
    }

    @Override
    protected void okPressed() {
        if (community.getSelectionIndex() < 0) {
            MessageDialog.openError(getShell(), Messages.Dialog_refused, Messages.Register_noCommunity);
            return;
        }
        OrgUnit unit = communities.get(community.getSelectionIndex());
        LocalDate on = LocalDate.of(day.getYear(), day.getMonth() + 1, day.getDay());
        try {
            openingId = petitions.recordOpening(unit.code(), on, openedBy.getText(), witness.getText(), note.getText());
        } catch (PetitionException e) {
            MessageDialog.openError(getShell(), Messages.Dialog_refused, e.getMessage());
            return;
        }
        Shell parent = getParentShell();
        super.okPressed();
        // then the letters found in the mailbox, one after another
        if (MessageDialog.openQuestion(parent, Messages.Opening_title, Messages.Opening_enterLetters)) {
            new RegisterDialog(parent, petitions, List.of(unit), openingId, on).open();
        }
    }

    private static Text text(Composite parent, String label, String key) {
        new Label(parent, SWT.NONE).setText(label + "：");
        Text t = new Text(parent, SWT.BORDER);
        t.setData(key, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(t);
        return t;
    }
}
