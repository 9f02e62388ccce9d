package org.jiedao.petitions.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jiedao.core.org.OrgUnit;
import org.jiedao.petitions.Channel;
import org.jiedao.petitions.NewPetition;
import org.jiedao.petitions.PetitionException;
import org.jiedao.petitions.PetitionKind;
import org.jiedao.petitions.PetitionService;
import org.jiedao.petitions.Urgency;
import org.jiedao.petitions.UrgencyFlag;

/** 登记来信: enters a petition (the deadline follows from the urgency). */
public final class RegisterDialog extends Dialog {

    public static final String CONTENT = "jiedao.petitions.register.content", PETITIONER = "jiedao.petitions.register.petitioner",
            PHONE = "jiedao.petitions.register.phone", COMMUNITY = "jiedao.petitions.register.community", URGENT = "jiedao.petitions.register.urgent";

    private final PetitionService petitions;
    private final List<OrgUnit> communities;
    private final Locale locale = Locale.getDefault();
    private DateTime received;
    private Combo channel, kind, community, category;
    private final List<Button> flags = new ArrayList<>();
    private Text petitioner, phone, content;
    private long registered = -1;
    /** The mailbox opening whose letters are entered, or null. */
    private final Long openingId;
    private final LocalDate openedOn;
    private int entered;
    private Label enteredLabel;

    /** Id of the button that registers the letter and clears the form for the next one (entering an opening's letters). */
    public static final int NEXT_ID = org.eclipse.jface.dialogs.IDialogConstants.CLIENT_ID + 2;

    public RegisterDialog(Shell parent, PetitionService petitions, List<OrgUnit> communities) {
        this(parent, petitions, communities, null, null);
    }

    /**
     * Enters the letters of a mailbox opening one after another: community and day are the opening's,
     * the channel starts as 信件, and 保存并登记下一封 keeps the dialog open for the next letter.
     */
    public RegisterDialog(Shell parent, PetitionService petitions, List<OrgUnit> communities, Long openingId, LocalDate openedOn) {
        super(parent);
        this.petitions = petitions;
        this.communities = communities;
        this.openingId = openingId;
        this.openedOn = openedOn;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        if (openingId != null) {
            createButton(parent, NEXT_ID, Messages.Register_next, false);
        }
        super.createButtonsForButtonBar(parent);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == NEXT_ID) {
            if (save()) {
                entered++;
                enteredLabel.setText(org.eclipse.osgi.util.NLS.bind(Messages.Register_entered, entered));
                petitioner.setText("");
                phone.setText("");
                content.setText("");
                flags.forEach(b -> b.setSelection(false));
                content.setFocus();
            }
            return;
        }
        super.buttonPressed(buttonId);
    }

    /** @return how many letters were registered with 保存并登记下一封 */
    public int entered() {
        return entered;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Register_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        label(area, Messages.Col_received);
        received = new DateTime(area, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        label(area, Messages.Col_channel);
        channel = combo(area, Channel.values());
        label(area, Messages.Col_kind);
        kind = combo(area, PetitionKind.values());
        label(area, Messages.Col_community);
        community = new Combo(area, SWT.READ_ONLY);
        community.setData(COMMUNITY, Boolean.TRUE);
        communities.forEach(u -> community.add(u.name()));
        community.select(0);
        label(area, Messages.Col_category);
        category = new Combo(area, SWT.READ_ONLY);
        category.add("");
        petitions.categories().forEach(category::add);
        category.select(0);
        label(area, Messages.Col_urgency);
        Composite urgency = new Composite(area, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(urgency);
        for (UrgencyFlag flag : UrgencyFlag.values()) {
            Button b = new Button(urgency, SWT.CHECK);
            b.setText(flag.chinese());
            if (flag == UrgencyFlag.URGENT) {
                b.setData(URGENT, Boolean.TRUE);
            }
            flags.add(b);
        }
        label(area, Messages.Col_petitioner);
        petitioner = text(area, SWT.BORDER, PETITIONER);
        label(area, Messages.Col_phone);
        phone = text(area, SWT.BORDER, PHONE);
        label(area, Messages.Col_content);
        content = text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL, CONTENT);
        GridDataFactory.fillDefaults().grab(true, true).hint(420, 90).applyTo(content);
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(Messages.Register_hint);
        GridDataFactory.fillDefaults().span(2, 1).hint(480, SWT.DEFAULT).applyTo(hint);
        if (openingId != null) {
            received.setDate(openedOn.getYear(), openedOn.getMonthValue() - 1, openedOn.getDayOfMonth());
            received.setEnabled(false);
            community.setEnabled(false);
            enteredLabel = new Label(area, SWT.NONE);
            enteredLabel.setText(org.eclipse.osgi.util.NLS.bind(Messages.Register_entered, 0));
            GridDataFactory.fillDefaults().span(2, 1).applyTo(enteredLabel);
        }
        return area;
    }

    @Override
    protected void okPressed() {
        if (save()) {
            super.okPressed();
        }
    }

    /** Registers what the form holds. @return whether it was registered (else the refusal was shown) */
    private boolean save() {
        Urgency urgency = Urgency.NORMAL;
        List<UrgencyFlag> set = new ArrayList<>();
        for (int i = 0; i < flags.size(); i++) {
            if (flags.get(i).getSelection()) {
                set.add(UrgencyFlag.values()[i]);
            }
        }
        if (!set.isEmpty()) {
            urgency = new Urgency(java.util.EnumSet.copyOf(set));
        }
        if (community.getSelectionIndex() < 0) {
            MessageDialog.openError(getShell(), Messages.Dialog_refused, Messages.Register_noCommunity);
            return false;
        }
        try {
            registered = petitions.register(new NewPetition(LocalDate.of(received.getYear(), received.getMonth() + 1, received.getDay()),
                    Channel.values()[channel.getSelectionIndex()], PetitionKind.values()[kind.getSelectionIndex()],
                    communities.get(community.getSelectionIndex()).code(), category.getText().isEmpty() ? null : category.getText(), urgency,
                    petitioner.getText(), phone.getText(), content.getText(), openingId));
        } catch (PetitionException e) {
            MessageDialog.openError(getShell(), Messages.Dialog_refused, e.getMessage());
            return false;
        }
        return true;
    }

    /** @return the new petition's id, or -1 */
    public long registered() {
        return registered;
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text + "：");
    }

    private Combo combo(Composite parent, org.jiedao.core.text.BilingualKey[] values) {
        Combo c = new Combo(parent, SWT.READ_ONLY);
        for (var v : values) {
            c.add(v.displayName(locale));
        }
        c.select(0);
        return c;
    }

    private static Text text(Composite parent, int style, String key) {
        Text t = new Text(parent, style);
        t.setData(key, Boolean.TRUE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
        return t;
    }
}
